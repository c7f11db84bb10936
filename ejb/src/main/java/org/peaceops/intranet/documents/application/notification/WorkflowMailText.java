package org.peaceops.intranet.documents.application.notification;

import org.peaceops.intranet.documents.domain.notification.NotificationKind;

/** The text of a workflow e-mail, in both working languages: the sender does not know the reader's. */
final class WorkflowMailText {

    private WorkflowMailText() {
    }

    static WorkflowMailMessage compose(String to, NotificationKind kind, String label, String title, int version,
            String comment) {
        String what = switch (kind) {
            case AWAITING_APPROVAL -> "submitted for approval / soumis pour approbation";
            case APPROVED -> "approved / approuvé";
            case RETURNED_TO_DRAFT -> "returned to draft / renvoyé en brouillon";
            case PROMULGATED -> "promulgated / promulgué";
        };
        String subject = "[Intranet] " + label + " v" + version + ": " + what;
        StringBuilder body = new StringBuilder()
                .append(label).append(" v").append(version).append(title == null ? "" : " — " + title).append("\n")
                .append(what).append("\n");
        if (comment != null) {
            body.append("\n").append(comment).append("\n");
        }
        body.append("\nSee your notifications in the intranet. / Voir vos notifications dans l'intranet.\n");
        return new WorkflowMailMessage(to, subject, body.toString());
    }
}
