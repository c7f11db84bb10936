package org.peaceops.intranet.web.library;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.peaceops.intranet.documents.application.GuidanceAction;
import org.peaceops.intranet.documents.application.GuidanceDetail;
import org.peaceops.intranet.documents.application.VersionDetail;
import org.peaceops.intranet.documents.application.workflow.AvailableSteps;
import org.peaceops.intranet.documents.application.workflow.StepCommand;
import org.peaceops.intranet.documents.application.workflow.StepOutcome;
import org.peaceops.intranet.documents.application.workflow.WorkflowCommands;
import org.peaceops.intranet.documents.application.workflow.WorkflowSteps;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.web.security.CurrentUser;
import org.peaceops.intranet.web.shell.PageFeedback;
import org.primefaces.PrimeFaces;

/**
 * The lifecycle buttons of the document page: only the steps the reader may take now, each confirmed
 * in a dialog (with a reason where one is required, an effective date to promulgate). A refused step
 * (four eyes, a changed document, ...) is explained; a done step reloads the page with its new history.
 */
@Named
@ViewScoped
public class DocumentActions implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    WorkflowSteps workflow;

    @Inject
    WorkflowCommands commands;

    @Inject
    CurrentUser user;

    @Inject
    PageFeedback feedback;

    @Inject
    DocumentPage page;

    private AvailableSteps steps;
    private GuidanceAction pending;
    private String comment;
    private LocalDate effectiveDate;

    public AvailableSteps getSteps() {
        if (steps == null) {
            steps = page.getDocument() == null ? AvailableSteps.none() : workflow.available(actor(), page.getId());
        }
        return steps;
    }

    /** Whether the reader may take any step at all (readers of published guidance usually none). */
    public boolean isAnyStep() {
        return !getSteps().isEmpty();
    }

    /** Opens the confirmation of one step; the dialog is shown by the button's oncomplete. */
    public void prepare(String action) {
        pending = GuidanceAction.valueOf(action);
        comment = null;
        effectiveDate = LocalDate.now(ZoneOffset.UTC);
    }

    /** Takes the pending step. Returns the page to show next, or {@code null} to stay with the reason shown. */
    public String confirm() {
        if (pending == null || !getSteps().allows(pending)) {
            return null;
        }
        long id = page.getId();
        StepCommand command = new StepCommand(id, getSteps().versionFor(pending), pending, comment, effectiveDate);
        StepOutcome[] outcome = new StepOutcome[1];
        if (!feedback.run(() -> outcome[0] = commands.take(actor(), command), null)) {
            PrimeFaces.current().ajax().addCallbackParam("refused", true);
            steps = null;
            return null;
        }
        StepOutcome done = outcome[0];
        if (done.documentRemoved()) {
            feedback.done("workflow.done.DISCARD_DRAFT.document");
            return "/library/index?faces-redirect=true";
        }
        if (done.newVersionNumber() != null) {
            feedback.done("workflow.done.REVISE", done.newVersionNumber());
            return "/library/edit?faces-redirect=true&id=" + id;
        }
        feedback.done("workflow.done." + pending.name(), done.versionNumber());
        // A draft is its author's again: the approver who returned it goes back to the inbox.
        return pending == GuidanceAction.RETURN_TO_DRAFT && !actor().subject().equals(page.getDocument()
                .getVersions().stream().filter(v -> v.getNumber() == done.versionNumber()).findFirst().orElseThrow()
                .getAuthorSubject())
                ? "/library/inbox?faces-redirect=true"
                : "/library/document?faces-redirect=true&id=" + id;
    }

    private Caller actor() {
        return user.caller().orElseThrow(() -> new IllegalStateException("Not signed in"));
    }

    /** Whether the pending step must say why: the domain's rule, asked before the dialog is sent. */
    public boolean isCommentRequired() {
        return commands.reasonRequired(pending);
    }

    /**
     * What the open version proposes to change in the document's filing, row by row (only the fields
     * that differ), so the approver sees the re-filing they are about to put in force.
     */
    public List<FilingChange> getProposedChanges() {
        GuidanceDetail d = page.getDocument();
        if (d == null || d.getOpenVersionNumber() == null) {
            return List.of();
        }
        return d.getVersions().stream().filter(v -> v.getNumber() == d.getOpenVersionNumber())
                .map(VersionDetail::getProposedFiling).filter(java.util.Objects::nonNull).findFirst()
                .map(p -> FilingChange.between(d, p)).orElse(List.of());
    }

    public Integer getOpenVersionNumber() {
        return page.getDocument() == null ? null : page.getDocument().getOpenVersionNumber();
    }

    /** Promulgation asks for its effective date; revising takes no comment. */
    public boolean isCommentAsked() {
        return pending != null && pending != GuidanceAction.PROMULGATE && pending != GuidanceAction.REVISE;
    }

    public boolean isDateAsked() {
        return pending == GuidanceAction.PROMULGATE;
    }

    public String getPending() {
        return pending == null ? "" : pending.name();
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public LocalDate getEffectiveDate() {
        return effectiveDate;
    }

    public void setEffectiveDate(LocalDate effectiveDate) {
        this.effectiveDate = effectiveDate;
    }
}
