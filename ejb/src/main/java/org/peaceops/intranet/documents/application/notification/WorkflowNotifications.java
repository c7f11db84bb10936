package org.peaceops.intranet.documents.application.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.peaceops.intranet.documents.domain.guidance.DocumentVersion;
import org.peaceops.intranet.documents.domain.guidance.GuidanceDocument;
import org.peaceops.intranet.documents.domain.guidance.LifecycleTransition;
import org.peaceops.intranet.documents.domain.notification.Notification;
import org.peaceops.intranet.documents.domain.notification.NotificationKind;
import org.peaceops.intranet.documents.domain.notification.NotificationRepository;
import org.peaceops.intranet.documents.domain.notification.WorkflowAudience;
import org.peaceops.intranet.identity.domain.Person;
import org.peaceops.intranet.identity.domain.PersonRepository;
import org.peaceops.intranet.shared.BilingualText;
import org.peaceops.intranet.shared.Role;

/**
 * Writes the notifications a lifecycle step gives rise to, in the step's transaction (so a refused step
 * notifies nobody), and asks for the e-mails to be sent after commit. Called by the change recorder.
 */
@ApplicationScoped
public class WorkflowNotifications {

    @Inject
    NotificationRepository notifications;

    @Inject
    PersonRepository people;

    @Inject
    Event<WorkflowMailMessage> mail;

    public void transitions(String actorSubject, GuidanceDocument document, List<LifecycleTransition> steps, Instant at) {
        for (LifecycleTransition step : steps) {
            NotificationKind.of(step.getFrom().orElse(null), step.getTo())
                    .ifPresent(kind -> notify(kind, actorSubject, document, step, at));
        }
    }

    /**
     * One notification to one person about something other than a document's step (an answer to their
     * question in a community), with its e-mail after commit where mail is configured (see
     * {@link WorkflowMail}: nothing is sent when no mail session is). The caller's transaction decides:
     * if it rolls back, nobody is told.
     *
     * @param aboutId what it is about, as {@code kind} defines it (a question's id for a community answer)
     */
    public void tell(String recipient, NotificationKind kind, long aboutId, String label, BilingualText title,
            String actorSubject, String comment, Instant at) {
        notifications.add(new Notification(recipient, kind, aboutId, 0, label, title, actorSubject, comment, at));
        people.find(recipient).map(Person::getEmail).filter(e -> e != null && !e.isBlank())
                .ifPresent(email -> mail.fire(WorkflowMailText.compose(email, kind, label, title, 0, comment)));
    }

    private void notify(NotificationKind kind, String actorSubject, GuidanceDocument document, LifecycleTransition step,
            Instant at) {
        DocumentVersion version = step.getVersion();
        List<String> approvers = kind.forApprovers()
                ? people.withRoleInScope(Role.APPROVER, document.getMission().getValue()).stream()
                        .map(Person::getSubject).toList()
                : List.of();
        Set<String> recipients = WorkflowAudience.recipients(kind, actorSubject, version.getAuthorSubject(), approvers);
        BilingualText title = BilingualText.of(version.getMetadata().titleEn().orElse(null),
                version.getMetadata().titleFr().orElse(null));
        for (String recipient : recipients) {
            notifications.add(new Notification(recipient, kind, document.getId(), version.getNumber(), document.label(),
                    title, actorSubject, step.getComment().orElse(null), at));
            people.find(recipient).map(Person::getEmail).filter(e -> e != null && !e.isBlank())
                    .ifPresent(email -> mail.fire(WorkflowMailText.compose(email, kind, document.label(), title,
                            version.getNumber(), step.getComment().orElse(null))));
        }
    }
}
