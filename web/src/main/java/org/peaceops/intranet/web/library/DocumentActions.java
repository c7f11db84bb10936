package org.peaceops.intranet.web.library;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.peaceops.intranet.documents.application.DraftGuidance;
import org.peaceops.intranet.documents.application.GuidanceAction;
import org.peaceops.intranet.documents.application.GuidanceDetail;
import org.peaceops.intranet.documents.application.GuidanceLifecycleService;
import org.peaceops.intranet.documents.application.VersionDetail;
import org.peaceops.intranet.documents.application.workflow.AvailableSteps;
import org.peaceops.intranet.documents.application.workflow.WorkflowSteps;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.web.security.CurrentUser;
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
    transient WorkflowSteps workflow;

    @Inject
    transient GuidanceLifecycleService lifecycle;

    @Inject
    transient DraftGuidance drafts;

    @Inject
    transient CurrentUser user;

    @Inject
    transient Refusals refusals;

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
        int version = getSteps().versionFor(pending);
        try {
            switch (pending) {
                case SUBMIT -> lifecycle.submit(actor(), id, version, comment);
                case APPROVE -> lifecycle.approve(actor(), id, version, comment);
                case RETURN_TO_DRAFT -> lifecycle.returnToDraft(actor(), id, version, comment);
                case PROMULGATE -> lifecycle.promulgate(actor(), id, version, effectiveDate);
                case WITHDRAW -> lifecycle.withdraw(actor(), id, version, comment);
                case ARCHIVE -> lifecycle.archive(actor(), id, version, comment);
                case DISCARD_DRAFT -> {
                    if (drafts.discardDraft(actor(), id, version, comment)) {
                        refusals.done("workflow.done.DISCARD_DRAFT.document");
                        return "/library/index?faces-redirect=true";
                    }
                }
                case REVISE -> {
                    int next = drafts.revise(actor(), id);
                    refusals.done("workflow.done.REVISE", next);
                    return "/library/edit?faces-redirect=true&id=" + id;
                }
                default -> throw new IllegalStateException("Not a step of the document page: " + pending);
            }
        } catch (RuntimeException e) {
            refusals.show(e, null);
            PrimeFaces.current().ajax().addCallbackParam("refused", true);
            steps = null;
            return null;
        }
        refusals.done("workflow.done." + pending.name(), version);
        // A draft is its author's again: the approver who returned it goes back to the inbox.
        return pending == GuidanceAction.RETURN_TO_DRAFT && !actor().subject().equals(page.getDocument()
                .getVersions().stream().filter(v -> v.getNumber() == version).findFirst().orElseThrow().getAuthorSubject())
                ? "/library/inbox?faces-redirect=true"
                : "/library/document?faces-redirect=true&id=" + id;
    }

    private Caller actor() {
        return user.caller().orElseThrow(() -> new IllegalStateException("Not signed in"));
    }

    /** Rejecting (return to draft), withdrawing and discarding must say why; others may. */
    public boolean isCommentRequired() {
        return pending == GuidanceAction.RETURN_TO_DRAFT || pending == GuidanceAction.WITHDRAW
                || pending == GuidanceAction.DISCARD_DRAFT;
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
