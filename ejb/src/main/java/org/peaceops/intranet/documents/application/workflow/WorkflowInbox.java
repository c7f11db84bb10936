package org.peaceops.intranet.documents.application.workflow;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.List;
import org.peaceops.intranet.documents.application.GuidanceAccessPolicy;
import org.peaceops.intranet.documents.application.GuidanceAction;
import org.peaceops.intranet.documents.domain.LifecycleStatus;
import org.peaceops.intranet.documents.domain.guidance.DocumentVersion;
import org.peaceops.intranet.documents.domain.guidance.GuidanceDocumentRepository;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.shared.refusal.AccessDenied;

/**
 * What waits for whom: versions submitted (to approve) or approved (to promulgate) that this approver
 * may act on, never their own; and the versions an author wrote, with what last happened to them.
 */
@Stateless
public class WorkflowInbox {

    /** An inbox is a to-do list, not an archive: past this many the oldest are shown first anyway. */
    static final int MAX_ITEMS = 200;

    @Inject
    GuidanceDocumentRepository documents;

    @Inject
    GuidanceAccessPolicy policy;

    public List<WorkItem> awaiting(Caller actor) {
        return documents.findVersionsInStatus(EnumSet.of(LifecycleStatus.SUBMITTED, LifecycleStatus.APPROVED), MAX_ITEMS)
                .stream()
                .filter(v -> !v.getAuthorSubject().equals(actor.subject()))
                .filter(v -> allowed(actor, v))
                .map(WorkItem::new).toList();
    }

    public List<WorkItem> mine(Caller actor) {
        return documents.findVersionsByAuthor(actor.subject(), MAX_ITEMS).stream().map(WorkItem::new).toList();
    }

    private boolean allowed(Caller actor, DocumentVersion v) {
        GuidanceAction next = v.getStatus() == LifecycleStatus.SUBMITTED ? GuidanceAction.APPROVE : GuidanceAction.PROMULGATE;
        try {
            policy.check(actor, next, v.getDocument());
            return true;
        } catch (AccessDenied denied) {
            return false;
        }
    }
}
