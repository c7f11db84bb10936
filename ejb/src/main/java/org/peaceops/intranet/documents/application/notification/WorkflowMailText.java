package org.peaceops.intranet.documents.application.notification;

import org.peaceops.intranet.documents.domain.notification.NotificationKind;
import org.peaceops.intranet.shared.BilingualText;

/** The text of a workflow e-mail, in both working languages: the sender does not know the reader's. */
final class WorkflowMailText {

    private WorkflowMailText() {
    }

    static WorkflowMailMessage compose(String to, NotificationKind kind, String label, BilingualText title, int version,
            String comment) {
        String what = switch (kind) {
            case AWAITING_APPROVAL -> "submitted for approval / soumis pour approbation";
            case APPROVED -> "approved / approuvé";
            case RETURNED_TO_DRAFT -> "returned to draft / renvoyé en brouillon";
            case PROMULGATED -> "promulgated / promulgué";
            case COMMUNITY_ANSWER -> "answered / nouvelle réponse";
        };
        // a community's question has no version: its label is the community's name alone
        String labelled = kind == NotificationKind.COMMUNITY_ANSWER ? label : label + " v" + version;
        String subject = "[Intranet] " + labelled + ": " + what;
        StringBuilder body = new StringBuilder()
                .append(labelled).append(titles(title)).append("\n")
                .append(what).append("\n");
        if (comment != null) {
            body.append("\n").append(comment).append("\n");
        }
        body.append("\nSee your notifications in the intranet. / Voir vos notifications dans l'intranet.\n");
        return new WorkflowMailMessage(to, subject, body.toString());
    }

    /** " — English / French", one of them when only one exists or both are the same, nothing without a title. */
    private static String titles(BilingualText title) {
        String en = title.english();
        String fr = title.french();
        if (en == null || fr == null || en.equals(fr)) {
            String one = en != null ? en : fr;
            return one == null ? "" : " — " + one;
        }
        return " — " + en + " / " + fr;
    }
}
