package org.peaceops.intranet.web.training;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.peaceops.intranet.documents.application.GuidanceSummary;
import org.peaceops.intranet.documents.application.VersionDetail;
import org.peaceops.intranet.training.application.CourseCatalogue;
import org.peaceops.intranet.web.security.CurrentUser;
import org.peaceops.intranet.web.shell.PageFeedback;

/**
 * The guidance picker of the course editor: search the repository (with the trainer's reading
 * rights), choose a document, then the version to pin. The editor does the citing.
 */
@Named
@ViewScoped
public class CitationPicker implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CourseCatalogue catalogue;

    @Inject
    CurrentUser user;

    @Inject
    PageFeedback feedback;

    private String query;
    private List<GuidanceSummary> results = List.of();
    private GuidanceSummary chosen;
    private List<VersionDetail> versions = List.of();
    private Integer version;

    public void search() {
        chosen = null;
        versions = List.of();
        feedback.run(() -> results = catalogue.findGuidance(user.caller().orElseThrow(), query), null);
    }

    public void choose(GuidanceSummary document) {
        chosen = document;
        feedback.run(() -> {
            versions = catalogue.guidanceVersions(user.caller().orElseThrow(), document.getDocumentId());
            version = document.getVersionNumber();
        }, null);
    }

    void reset() {
        chosen = null;
        versions = List.of();
        results = List.of();
        version = null;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public List<GuidanceSummary> getResults() {
        return results;
    }

    public GuidanceSummary getChosen() {
        return chosen;
    }

    public List<VersionDetail> getVersions() {
        return versions;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }
}
