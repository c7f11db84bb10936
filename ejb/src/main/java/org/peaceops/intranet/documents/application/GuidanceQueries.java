package org.peaceops.intranet.documents.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import org.peaceops.intranet.documents.domain.guidance.GuidanceDocument;
import org.peaceops.intranet.documents.domain.guidance.GuidanceDocumentRepository;
import org.peaceops.intranet.documents.domain.guidance.LibraryFilter;
import org.peaceops.intranet.documents.domain.guidance.ThematicAreaRepository;

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
     * One page of the library. Visibility trimming belongs in the query (ARCHITECTURE.md): when the
     * access policy lands, it narrows the filter here before the repository runs it.
     */
    public GuidancePage list(Actor actor, LibraryFilter filter, int first, int pageSize) {
        policy.check(actor, GuidanceAction.BROWSE, null);
        int size = Math.max(1, Math.min(pageSize, MAX_PAGE));
        int from = Math.max(0, first);
        List<GuidanceSummary> rows = documents.findCurrentVersions(filter, from, size).stream()
                .map(GuidanceSummary::new).toList();
        return new GuidancePage(rows, documents.countCurrentVersions(filter), from, size);
    }

    public GuidanceDetail get(Actor actor, long documentId) {
        GuidanceDocument document = documents.find(documentId).orElseThrow(() -> new GuidanceNotFoundException(documentId));
        policy.check(actor, GuidanceAction.READ, document);
        return new GuidanceDetail(document);
    }

    /** The versions whose file has exactly this content, to offer the existing document on a duplicate upload. */
    public List<GuidanceSummary> withContent(Actor actor, String sha256) {
        policy.check(actor, GuidanceAction.BROWSE, null);
        return documents.findVersionsWithContent(sha256).stream().map(GuidanceSummary::new).toList();
    }

    public List<ThemeSummary> thematicAreas(Locale locale) {
        return themes.findActive().stream().map(t -> new ThemeSummary(t.getCode(), t.name(locale))).toList();
    }
}
