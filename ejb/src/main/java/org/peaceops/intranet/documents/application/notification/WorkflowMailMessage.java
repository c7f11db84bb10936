package org.peaceops.intranet.documents.application.notification;

/** An e-mail to send once the step that caused it is committed (never for a step that rolled back). */
public record WorkflowMailMessage(String to, String subject, String body) {
}
