package org.peaceops.intranet.documents.domain.notification;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where notifications are kept. */
public interface NotificationRepository {

    void add(Notification notification);

    Optional<Notification> find(long id);

    /** The person's notifications, newest first. */
    List<Notification> forRecipient(String subject, int first, int max);

    long countUnread(String subject);

    /** Marks every unread notification of the person as read; returns how many changed. */
    int markAllRead(String subject, Instant at);
}
