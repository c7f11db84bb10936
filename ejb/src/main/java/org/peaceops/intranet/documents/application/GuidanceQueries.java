package org.peaceops.intranet.documents.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import org.peaceops.intranet.documents.domain.guidance.GuidanceDocument;
import org.peaceops.intranet.documents.domain.guidance.GuidanceDocumentRepository;
import org.peaceops.intranet.documents.domain.guidance.LibraryFilter;
import org.peaceops.intranet.documents.domain.guidance.Readership;
import org.peaceops.intranet.documents.domain.guidance.ThematicAreaRepository;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.shared.Role;
import org.peaceops.intranet.shared.refusal.AccessDenied;

/** Reading guidance: the library listing (filters, order, paging), one document with its history. */
@Stateless
public class GuidanceQueries {

    static final int MAX_PAGE = 200;

    @Inject
    GuidanceDocumentRepository documents;

    @Inject
    ThematicAreaRepository themes;

    @Inject
    GuidanceAccessPolicy policy;

    /**
     * One page of the library, trimmed inside the query to what the actor may read (ARCHITECTURE.md):
     * counts and pages never reveal a document the actor could not open.
     */
    public GuidanceListing list(Caller actor, LibraryFilter filter, int first, int pageSize) {
        policy.check(actor, GuidanceAction.BROWSE, null);
        int size = Math.max(1, Math.min(pageSize, MAX_PAGE));
        int from = Math.max(0, first);
        Readership reader = readership(actor);
        List<GuidanceSummary> rows = documents.findCurrentVersions(filter, reader, from, size).stream()
                .map(GuidanceSummary::new).toList();
        return new GuidanceListing(rows, documents.countCurrentVersions(filter, reader), from, size);
    }

    /**
     * The first {@code max} rows of guidance the actor may read whose title or reference contains {@code text}:
     * the pickers of other contexts (a course citing guidance), which know no library filter.
     */
    public List<GuidanceSummary> findByText(Caller actor, String text, int max) {
        LibraryFilter filter = new LibraryFilter();
        filter.setText(text);
        return list(actor, filter, 0, max).getRows();
    }

    /** The access policy's reading rules for this actor, in the form the listing query applies. */
    public static Readership readership(Caller actor) {
        if (actor.isSystem()) {
            return Readership.everything();
        }
        var user = actor.person().orElseThrow(() -> new AccessDenied("workflow.denied", "BROWSE denied: no signed-in person"));
        Readership.Preparation preparation = user.hasRole(Role.ADMIN) ? Readership.Preparation.ALL
                : user.hasRole(Role.APPROVER) ? Readership.Preparation.SUBMITTED_AND_LATER
                : Readership.Preparation.NONE;
        return new Readership(user.subject(), user.mission(), user.atHeadquarters(), preparation);
    }

    private boolean readable(Caller actor, GuidanceDocument document) {
        try {
            policy.check(actor, GuidanceAction.READ, document);
            return true;
        } catch (AccessDenied denied) {
            return false;
        }
    }

    public GuidanceDetail get(Caller actor, long documentId) {
        GuidanceDocument document = documents.find(documentId).orElseThrow(() -> new GuidanceNotFoundException(documentId));
        policy.check(actor, GuidanceAction.READ, document);
        return new GuidanceDetail(document, version -> policy.mayReadVersion(actor, document, version));
    }

    /** The related documents of one the actor reads, as library rows, leaving out those the actor may not read. */
    public List<GuidanceSummary> related(Caller actor, long documentId) {
        GuidanceDocument document = documents.find(documentId).orElseThrow(() -> new GuidanceNotFoundException(documentId));
        policy.check(actor, GuidanceAction.READ, document);
        return document.getRelatedDocumentIds().stream().map(documents::find).flatMap(java.util.Optional::stream)
                .filter(d -> readable(actor, d)).map(d -> new GuidanceSummary(d.currentVersion())).toList();
    }

    /** The versions whose file has exactly this content, to offer the existing document on a duplicate upload. */
    public List<GuidanceSummary> withContent(Caller actor, String sha256) {
        policy.check(actor, GuidanceAction.BROWSE, null);
        return documents.findVersionsWithContent(sha256).stream()
                .filter(v -> policy.mayReadVersion(actor, v.getDocument(), v))
                .map(GuidanceSummary::new).toList();
    }

    /** The missions (and HQ) owning documents, for the library's mission filter. */
    public List<String> missionCodes() {
        return documents.missionCodes();
    }

    /** The languages versions are in, for the library's language filter. */
    public List<String> languageCodes() {
        return documents.languageCodes();
    }

    public List<ThemeSummary> thematicAreas(Locale locale) {
        return themes.findActive().stream().map(t -> new ThemeSummary(t.getCode(), t.name(locale))).toList();
    }
}
