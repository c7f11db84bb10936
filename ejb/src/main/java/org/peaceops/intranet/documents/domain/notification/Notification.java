package org.peaceops.intranet.documents.domain.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import org.peaceops.intranet.shared.BilingualText;
import org.peaceops.intranet.shared.refusal.AccessDenied;

/**
 * One message to one person about a step of the workflow. It keeps the document's label and titles (both
 * languages, so each reader sees their own) as they were, so it still reads right after the document
 * changes; the document is referenced by id only.
 */
@Entity
@Table(name = "notification", schema = "documents")
public class Notification {

    public static final int MAX_COMMENT = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
    @SequenceGenerator(name = "notification_seq", sequenceName = "documents.notification_seq", allocationSize = 1)
    private Long id;

    @Column(name = "recipient_subject", nullable = false, length = 255, updatable = false)
    private String recipientSubject;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30, updatable = false)
    private NotificationKind kind;

    @Column(name = "document_id", nullable = false, updatable = false)
    private long documentId;

    @Column(name = "version_number", nullable = false, updatable = false)
    private int versionNumber;

    @Column(name = "document_label", nullable = false, length = 120, updatable = false)
    private String documentLabel;

    @Column(name = "document_title", length = 500, updatable = false)
    private String documentTitleEn;

    @Column(name = "document_title_fr", length = 500, updatable = false)
    private String documentTitleFr;

    @Column(name = "actor_subject", nullable = false, length = 255, updatable = false)
    private String actorSubject;

    @Column(name = "step_comment", length = MAX_COMMENT, updatable = false)
    private String comment;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "read_at")
    private LocalDateTime readAt;

    protected Notification() {
        // for JPA
    }

    public Notification(String recipientSubject, NotificationKind kind, long documentId, int versionNumber,
            String documentLabel, BilingualText documentTitle, String actorSubject, String comment, Instant at) {
        this.recipientSubject = Objects.requireNonNull(recipientSubject, "recipientSubject");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.documentId = documentId;
        this.versionNumber = versionNumber;
        this.documentLabel = Objects.requireNonNull(documentLabel, "documentLabel");
        this.documentTitleEn = documentTitle.english();
        this.documentTitleFr = documentTitle.french();
        this.actorSubject = Objects.requireNonNull(actorSubject, "actorSubject");
        this.comment = comment == null || comment.length() <= MAX_COMMENT ? comment : comment.substring(0, MAX_COMMENT - 1) + "…";
        this.createdAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    /** Only the recipient reads it; the first reading counts. */
    public void markRead(String subject, Instant at) {
        if (!recipientSubject.equals(subject)) {
            throw new AccessDenied("refusal.denied", "Not the recipient of notification " + id);
        }
        if (readAt == null) {
            readAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
        }
    }

    public Long getId() {
        return id;
    }

    public String getRecipientSubject() {
        return recipientSubject;
    }

    public NotificationKind getKind() {
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

    public BilingualText getDocumentTitle() {
        return BilingualText.of(documentTitleEn, documentTitleFr);
    }

    public String getActorSubject() {
        return actorSubject;
    }

    public Optional<String> getComment() {
        return Optional.ofNullable(comment);
    }

    public Instant getCreatedAt() {
        return createdAt.toInstant(ZoneOffset.UTC);
    }

    public boolean isRead() {
        return readAt != null;
    }
}
