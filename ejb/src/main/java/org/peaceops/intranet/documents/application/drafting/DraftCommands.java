package org.peaceops.intranet.documents.application.drafting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;
import org.peaceops.intranet.documents.application.CatalogueEntry;
import org.peaceops.intranet.documents.application.DraftGuidance;
import org.peaceops.intranet.documents.application.GuidanceRejectedException;
import org.peaceops.intranet.documents.application.GuidanceUpload;
import org.peaceops.intranet.documents.application.StagedFile;
import org.peaceops.intranet.documents.domain.guidance.GuidanceRuleException;
import org.peaceops.intranet.documents.domain.guidance.VersionMetadata;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.shared.refusal.Refusal;
import org.peaceops.intranet.shared.refusal.Unavailable;

/**
 * Drafting commands from the draft form, the upload page and the API: turns what was typed into the
 * domain's {@link VersionMetadata} and hands it to the services that own the rules. Every refusal leaves
 * with the field it concerns. No transaction of its own on purpose: each step commits in its service,
 * and a file is streamed outside any transaction ({@link GuidanceUpload}).
 */
@ApplicationScoped
public class DraftCommands {

    @Inject
    DraftGuidance drafts;

    @Inject
    GuidanceUpload uploads;

    /** Starts a document whose version 1 is the caller's draft; returns its id. */
    public long start(Caller actor, NewDraft draft) {
        return named(() -> drafts.startDraft(actor, draft.typeCode(), draft.referenceNumber(), draft.filing(),
                metadata(draft.text())));
    }

    /** Starts a document whose version 1 is a draft with a file already staged (the upload page). */
    public long start(Caller actor, NewDraft draft, StagedFile file) {
        return named(() -> uploads.startDraft(actor, file, draft.typeCode(), draft.referenceNumber(), draft.filing(),
                metadata(draft.text())));
    }

    /** Describes and re-files an open draft version. */
    public void describe(Caller actor, long documentId, int versionNumber, DraftText text,
            CatalogueEntry filing) {
        named(() -> {
            drafts.describe(actor, documentId, versionNumber, metadata(text));
            drafts.recatalogue(actor, documentId, versionNumber, filing);
            return null;
        });
    }

    /**
     * Relates the draft to other documents (ids as the picker submits them; anything else is ignored) and
     * attaches the chosen file, if any.
     */
    public void relateAndAttach(Caller actor, long documentId, int versionNumber, Collection<String> relatedIds,
            DraftFile file) {
        named(() -> {
            List<Long> ids = relatedIds.stream().filter(k -> k != null && k.matches("\\d{1,18}")).map(Long::valueOf).toList();
            drafts.relate(actor, documentId, ids);
            if (file != null) {
                attach(actor, documentId, versionNumber, file);
            }
            return null;
        });
    }

    /**
     * Keeps a file for a draft still to be described (the upload page: files first, their catalogue
     * entries after); refused as it arrives when it is not accepted, with its safe name.
     */
    public StagedFile stage(Caller actor, DraftFile file) {
        try (InputStream content = file.content().open()) {
            return uploads.stage(actor, content, file.name());
        } catch (IOException e) {
            throw new Unavailable("upload.failed", "The upload did not complete: " + e.getMessage(), e).onField("file");
        }
    }

    private void attach(Caller actor, long documentId, int versionNumber, DraftFile file) {
        try (InputStream content = file.content().open()) {
            uploads.attach(actor, documentId, versionNumber, content, file.name(), file.declaredMediaType());
        } catch (IOException e) {
            throw new Unavailable("upload.failed", "The upload did not complete: " + e.getMessage(), e).onField("file");
        }
    }

    /** The domain's metadata for {@code text}; a broken rule is refused like one found by a service. */
    private static VersionMetadata metadata(DraftText text) {
        try {
            return VersionMetadata.builder().titleEn(text.titleEn()).titleFr(text.titleFr()).summaryEn(text.summaryEn())
                    .summaryFr(text.summaryFr()).languages(text.languages()).keywords(text.keywords())
                    .reviewDate(text.reviewDate()).build();
        } catch (GuidanceRuleException e) {
            throw new GuidanceRejectedException(e);
        }
    }

    private static <T> T named(Supplier<T> step) {
        try {
            return step.get();
        } catch (Refusal refusal) {
            throw DraftFields.named(refusal);
        }
    }
}
