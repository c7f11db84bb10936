package org.peaceops.intranet.documents.domain.notification;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Who is told about a step: approvers of the scope for a submission, the author for what happens to
 * their draft. Never the person who took the step (they know), and never the author as an approver of
 * their own draft (they could not approve it anyway: four eyes).
 */
public final class WorkflowAudience {

    private WorkflowAudience() {
    }

    /**
     * @param approversInScope subjects of the approvers of the document's mission and of headquarters
     */
    public static Set<String> recipients(NotificationKind kind, String actorSubject, String authorSubject,
            Collection<String> approversInScope) {
        Set<String> recipients = new LinkedHashSet<>();
        if (kind.forApprovers()) {
            recipients.addAll(approversInScope);
            recipients.remove(authorSubject);
        } else {
            recipients.add(authorSubject);
        }
        recipients.remove(actorSubject);
        return recipients;
    }
}
