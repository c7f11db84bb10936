package org.peaceops.intranet.web.library;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.peaceops.intranet.documents.application.workflow.WorkItem;
import org.peaceops.intranet.documents.application.workflow.WorkflowInbox;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.shared.Role;
import org.peaceops.intranet.web.security.CurrentUser;

/** The workflow inbox: what waits for this approver, and what happened to this author's versions. */
@Named
@ViewScoped
public class InboxPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    WorkflowInbox inbox;

    @Inject
    CurrentUser user;

    private List<WorkItem> awaiting;
    private List<WorkItem> mine;

    public boolean isApprover() {
        return user.hasRole(Role.APPROVER) || user.hasRole(Role.ADMIN);
    }

    public boolean isAuthor() {
        return user.hasRole(Role.CONTRIBUTOR) || user.hasRole(Role.ADMIN) || !getMine().isEmpty();
    }

    public List<WorkItem> getAwaiting() {
        if (awaiting == null) {
            awaiting = isApprover() ? inbox.awaiting(actor()) : List.of();
        }
        return awaiting;
    }

    public List<WorkItem> getMine() {
        if (mine == null) {
            mine = inbox.mine(actor());
        }
        return mine;
    }

    private Caller actor() {
        return user.caller().orElseThrow(() -> new IllegalStateException("Not signed in"));
    }
}
