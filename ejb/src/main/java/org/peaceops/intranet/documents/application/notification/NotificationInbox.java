package org.peaceops.intranet.documents.application.notification;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import org.peaceops.intranet.documents.domain.notification.NotificationRepository;
import org.peaceops.intranet.shared.Caller;

/** A person's own notifications: the list, the unread count of the bell, marking read. Nobody else's. */
@Stateless
public class NotificationInbox {

    static final int MAX_PAGE = 100;

    @Inject
    NotificationRepository notifications;

    Clock clock = Clock.systemUTC();

    public List<NotificationView> latest(Caller actor, int first, int max) {
        return notifications.forRecipient(actor.subject(), first, Math.min(Math.max(1, max), MAX_PAGE)).stream()
                .map(NotificationView::new).toList();
    }

    public long unreadCount(Caller actor) {
        return notifications.countUnread(actor.subject());
    }

    /** Marks one of the actor's notifications read; someone else's is answered as if it did not exist. */
    public boolean markRead(Caller actor, long id) {
        return notifications.find(id).filter(n -> n.getRecipientSubject().equals(actor.subject()))
                .map(n -> {
                    n.markRead(actor.subject(), clock.instant());
                    return true;
                }).orElse(false);
    }

    public int markAllRead(Caller actor) {
        return notifications.markAllRead(actor.subject(), clock.instant());
    }
}
