package org.peaceops.intranet.documents.application.notification;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import org.peaceops.intranet.documents.application.Actor;
import org.peaceops.intranet.documents.domain.notification.NotificationRepository;

/** A person's own notifications: the list, the unread count of the bell, marking read. Nobody else's. */
@Stateless
public class NotificationInbox {

    static final int MAX_PAGE = 100;

    @Inject
    NotificationRepository notifications;

    Clock clock = Clock.systemUTC();

    public List<NotificationView> latest(Actor actor, int first, int max) {
        return notifications.forRecipient(actor.getSubject(), first, Math.min(Math.max(1, max), MAX_PAGE)).stream()
                .map(NotificationView::new).toList();
    }

    public long unreadCount(Actor actor) {
        return notifications.countUnread(actor.getSubject());
    }

    /** Marks one of the actor's notifications read; someone else's is answered as if it did not exist. */
    public boolean markRead(Actor actor, long id) {
        return notifications.find(id).filter(n -> n.getRecipientSubject().equals(actor.getSubject()))
                .map(n -> {
                    n.markRead(actor.getSubject(), clock.instant());
                    return true;
                }).orElse(false);
    }

    public int markAllRead(Actor actor) {
        return notifications.markAllRead(actor.getSubject(), clock.instant());
    }
}
