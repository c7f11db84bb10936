package org.peaceops.intranet.web.library;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.peaceops.intranet.documents.application.GuidanceDetail;
import org.peaceops.intranet.documents.application.GuidanceQueries;
import org.peaceops.intranet.web.security.CurrentUser;
import org.peaceops.intranet.web.shell.PageFeedback;

/** One document: its catalogue entry, its versions with "in force from / to", and their history. */
@Named
@ViewScoped
public class DocumentPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PageFeedback feedback;

    @Inject
    GuidanceQueries guidance;

    @Inject
    CurrentUser user;

    @Inject
    org.peaceops.intranet.documents.application.DocumentTypeCatalogue types;

    @Inject
    org.peaceops.intranet.web.shell.LanguageSelection language;


    @Inject
    org.peaceops.intranet.documents.application.ingest.ExtractionQueries extractionQueries;

    /** Text extraction of each version's file, by content hash (ingest). */
    private java.util.Map<String, org.peaceops.intranet.documents.application.ingest.ExtractionSummary> extractions =
            java.util.Map.of();

    private Long id;
    private GuidanceDetail document;
    private boolean missing;
    private java.util.List<org.peaceops.intranet.documents.application.GuidanceSummary> related;

    /** Called from f:viewAction: a document the reader may not open is answered like one that does not exist. */
    public void load() {
        if (id == null) {
            missing = true;
            return;
        }
        missing = !feedback.runQuietly(() -> document = guidance.get(user.caller().orElseThrow(), id));
        if (!missing) {
            refreshExtractions();
        }
    }

    /** Reloads the extraction status of the versions' files (the page polls while one is pending). */
    public void refreshExtractions() {
        if (document != null) {
            extractions = new java.util.HashMap<>(extractionQueries.of(document.getVersions().stream()
                    .map(org.peaceops.intranet.documents.application.VersionDetail::getContentSha256)
                    .filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toSet())));
        }
    }

    /** The extraction of a file, or null when it has none (no file, or uploaded before extraction existed). */
    public org.peaceops.intranet.documents.application.ingest.ExtractionSummary extraction(String contentSha256) {
        return contentSha256 == null ? null : extractions.get(contentSha256);
    }

    public boolean isExtractionPending() {
        return extractions.values().stream().anyMatch(e -> e.isPending());
    }

    /** "Standard operating procedure 2007.04": the type in the reader's language and the reference. */
    public String getLabel() {
        if (document == null) {
            return "";
        }
        String type = types.activeTypes(language.getLocale()).stream()
                .filter(t -> t.getCode().equals(document.getTypeCode())).map(t -> t.getName())
                .findFirst().orElse(document.getTypeCode());
        return type + " " + document.getReferenceNumber();
    }

    /** The documents this one points to that the reader may open (loaded once per view). */
    public java.util.List<org.peaceops.intranet.documents.application.GuidanceSummary> getRelated() {
        if (related == null) {
            related = document == null || document.getRelatedDocumentIds().isEmpty() ? java.util.List.of()
                    : guidance.related(user.caller().orElseThrow(), id);
        }
        return related;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public GuidanceDetail getDocument() {
        return document;
    }

    public boolean isMissing() {
        return missing;
    }
}
