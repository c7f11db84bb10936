package org.peaceops.intranet.web.library;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.peaceops.intranet.documents.application.notification.NotificationInbox;
import org.peaceops.intranet.documents.application.notification.NotificationView;
import org.peaceops.intranet.documents.domain.notification.NotificationKind;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.web.security.CurrentUser;

/** The signed-in person's notifications, newest first; opening one marks it read. */
@Named
@ViewScoped
public class NotificationsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int SHOWN = 100;

    @Inject
    NotificationInbox notifications;

    @Inject
    CurrentUser user;

    private List<NotificationView> items;

    public List<NotificationView> getItems() {
        if (items == null) {
            items = notifications.latest(actor(), 0, SHOWN);
        }
        return items;
    }

    /** Marks it read and opens the document it is about (for an answer in a community, the question). */
    public String open(long id, String kind, long documentId) {
        notifications.markRead(actor(), id);
        if (NotificationKind.COMMUNITY_ANSWER.name().equals(kind)) {
            return "/toolbox/question?faces-redirect=true&id=" + documentId;
        }
        return "/library/document?faces-redirect=true&id=" + documentId;
    }

    public void markRead(long id) {
        notifications.markRead(actor(), id);
        items = null;
    }

    public void markAllRead() {
        notifications.markAllRead(actor());
        items = null;
    }

    public boolean isAnyUnread() {
        return getItems().stream().anyMatch(n -> !n.isRead());
    }

    private Caller actor() {
        return user.caller().orElseThrow(() -> new IllegalStateException("Not signed in"));
    }
}
