package org.peaceops.intranet.web.api;

import java.util.List;
import org.peaceops.intranet.documents.application.notification.NotificationView;

/** The answer to {@code GET /api/v1/notifications}: one page of the caller's notifications and the unread count. */
public record NotificationsResponse(long unread, List<NotificationView> items) {
}
