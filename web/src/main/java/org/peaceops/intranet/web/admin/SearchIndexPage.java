package org.peaceops.intranet.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import org.peaceops.intranet.documents.application.search.GuidanceIndex;
import org.peaceops.intranet.documents.application.search.RebuildProgress;
import org.peaceops.intranet.documents.application.search.SearchIndexMaintenance;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.web.security.CurrentUser;
import org.peaceops.intranet.web.shell.Messages;

/** The search index as an administrator sees it: how many documents, a re-index with its progress. */
@Named
@RequestScoped
public class SearchIndexPage {

    @Inject
    SearchIndexMaintenance maintenance;

    @Inject
    GuidanceIndex index;

    @Inject
    CurrentUser user;

    @Inject
    Messages messages;

    private RebuildProgress progress;

    public RebuildProgress getProgress() {
        if (progress == null) {
            progress = maintenance.progress();
        }
        return progress;
    }

    public long getIndexedDocuments() {
        return index.documentCount();
    }

    public boolean isBusy() {
        return getProgress().isRunning() || maintenance.isRebuildPending();
    }

    public String getProblem() {
        return maintenance.problem().orElse("");
    }

    /** "2 min 05 s" left, or "–" before there is a rate to go by. */
    public String getRemaining() {
        return getProgress().remaining().map(SearchIndexPage::duration).orElse("–");
    }

    static String duration(Duration d) {
        long seconds = Math.max(0, d.toSeconds());
        return seconds >= 60 ? String.format("%d min %02d s", seconds / 60, seconds % 60) : seconds + " s";
    }

    public String getState() {
        if (getProgress().isRunning()) {
            return messages.get("admin.search.state.running");
        }
        if (maintenance.isRebuildPending()) {
            return messages.get("admin.search.state.pending");
        }
        return getProgress().finishedAt().isPresent() ? messages.get("admin.search.state.done")
                : messages.get("admin.search.state.idle");
    }

    public void reindex() {
        maintenance.requestRebuild(user.caller().orElseThrow(() -> new IllegalStateException("Not signed in")));
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                messages.get("admin.search.requested"), messages.get("admin.search.requested.detail")));
    }
}
