package org.peaceops.intranet.documents.application.notification;

import java.io.Serializable;
import java.time.Instant;
import java.util.Locale;
import org.peaceops.intranet.documents.domain.notification.Notification;
import org.peaceops.intranet.shared.BilingualText;

/** A notification as its recipient sees it in the list. */
public class NotificationView implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String kind;
    private final long documentId;
    private final int versionNumber;
    private final String documentLabel;
    private final BilingualText documentTitle;
    private final String actorSubject;
    private final String comment;
    private final Instant createdAt;
    private final boolean read;

    NotificationView(Notification n) {
        this.id = n.getId();
        this.kind = n.getKind().name();
        this.documentId = n.getDocumentId();
        this.versionNumber = n.getVersionNumber();
        this.documentLabel = n.getDocumentLabel();
        this.documentTitle = n.getDocumentTitle();
        this.actorSubject = n.getActorSubject();
        this.comment = n.getComment().orElse(null);
        this.createdAt = n.getCreatedAt();
        this.read = n.isRead();
    }

    public long getId() {
        return id;
    }

    /** The {@code NotificationKind} name, e.g. {@code AWAITING_APPROVAL} (bundle key {@code notification.kind.*}). */
    public String getKind() {
        return kind;
    }

    public long getDocumentId() {
        return documentId;
    }

    public int getVersionNumber() {
        return versionNumber;
    }

    public String getDocumentLabel() {
        return documentLabel;
    }

    /** The document's title in the reader's language, else the other one. */
    public String titleIn(Locale locale) {
        return documentTitle.in(locale);
    }

    public String getDocumentTitleEn() {
        return documentTitle.english();
    }

    public String getDocumentTitleFr() {
        return documentTitle.french();
    }

    public String getActorSubject() {
        return actorSubject;
    }

    public String getComment() {
        return comment;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public boolean isRead() {
        return read;
    }
}
