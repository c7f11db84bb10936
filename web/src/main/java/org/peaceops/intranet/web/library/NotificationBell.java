package org.peaceops.intranet.web.library;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.peaceops.intranet.documents.application.notification.NotificationInbox;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.web.security.CurrentUser;

/** The bell in the header: how many notifications the person has not read (asked once per request). */
@Named
@RequestScoped
public class NotificationBell {

    private static final Logger LOG = Logger.getLogger(NotificationBell.class.getName());

    @Inject
    NotificationInbox notifications;

    @Inject
    CurrentUser user;

    private Long unread;

    public long getUnread() {
        if (unread == null) {
            try {
                unread = user.caller().map(p -> notifications.unreadCount(p)).orElse(0L);
            } catch (RuntimeException e) {
                // The bell is a nudge on every page: if it cannot be counted, the page still opens.
                LOG.log(Level.WARNING, "Unread notifications not counted", e);
                unread = 0L;
            }
        }
        return unread;
    }

    /** "9+" beyond nine: the badge is a nudge, the list has the details. */
    public String getBadge() {
        long n = getUnread();
        return n > 9 ? "9+" : String.valueOf(n);
    }
}
