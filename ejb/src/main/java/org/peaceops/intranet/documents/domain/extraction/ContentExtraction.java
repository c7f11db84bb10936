package org.peaceops.intranet.documents.domain.extraction;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The extraction of one stored content (by SHA-256): shared by every version whose file has those bytes,
 * because the same bytes give the same text. Starts {@link ExtractionStatus#PENDING}; a worker then
 * records its result once. A repeated request (the same file uploaded again) leaves a finished one alone.
 */
@Entity
@Table(name = "content_extraction", schema = "documents")
public class ContentExtraction {

    static final int MAX_TEXT = 500;
    static final int MAX_DETAIL = 1000;

    @Id
    @Column(name = "content_sha256", length = 64)
    private String contentSha256;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ExtractionStatus status;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private ExtractionReason reason;

    @Column(name = "reason_detail", length = MAX_DETAIL)
    private String reasonDetail;

    @Column(name = "detected_type", length = 255)
    private String detectedType;

    @Column(length = MAX_TEXT)
    private String title;

    @Column(length = MAX_TEXT)
    private String author;

    @Column(name = "page_count")
    private Integer pageCount;

    @Column(name = "language_code", length = 8)
    private String languageCode;

    @Column(name = "text_chars")
    private Long textChars;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "requested_at", nullable = false)
    private LocalDateTime requestedAt;

    @Column(name = "finished_at")
    private LocalDateTime finishedAt;

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    protected ContentExtraction() {
        // for JPA
    }

    public ContentExtraction(String contentSha256, String detectedType, Instant at) {
        this.contentSha256 = contentSha256;
        this.detectedType = clip(detectedType, 255);
        this.status = ExtractionStatus.PENDING;
        this.requestedAt = utc(at);
    }

    /** A worker starts on it; counted, so a file that kills the server every time can be given up on. */
    public void started() {
        attempts++;
    }

    /** Records what the worker found. */
    public void finish(ExtractionOutcome outcome, Instant at) {
        status = outcome.status();
        reason = outcome.reason().orElse(null);
        reasonDetail = outcome.detail().map(d -> clip(d, MAX_DETAIL)).orElse(null);
        title = outcome.title().map(t -> clip(t, MAX_TEXT)).orElse(null);
        author = outcome.author().map(a -> clip(a, MAX_TEXT)).orElse(null);
        pageCount = outcome.pageCount().orElse(null);
        languageCode = outcome.language().map(l -> clip(l, 8)).orElse(null);
        textChars = outcome.textChars();
        finishedAt = utc(at);
    }

    /** Asks for a new extraction (after a crash mid-way, or once limits were raised). */
    public void requeue(Instant at) {
        status = ExtractionStatus.PENDING;
        requestedAt = utc(at);
        finishedAt = null;
    }

    private static String clip(String value, int max) {
        if (value == null) {
            return null;
        }
        String clean = value.replaceAll("\\p{Cntrl}", " ").strip();
        return clean.length() > max ? clean.substring(0, max) : clean;
    }

    private static LocalDateTime utc(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    public String getContentSha256() {
        return contentSha256;
    }

    public ExtractionStatus getStatus() {
        return status;
    }

    public Optional<ExtractionReason> getReason() {
        return Optional.ofNullable(reason);
    }

    public Optional<String> getReasonDetail() {
        return Optional.ofNullable(reasonDetail);
    }

    public Optional<String> getDetectedType() {
        return Optional.ofNullable(detectedType);
    }

    public Optional<String> getTitle() {
        return Optional.ofNullable(title);
    }

    public Optional<String> getAuthor() {
        return Optional.ofNullable(author);
    }

    public Optional<Integer> getPageCount() {
        return Optional.ofNullable(pageCount);
    }

    public Optional<String> getLanguageCode() {
        return Optional.ofNullable(languageCode);
    }

    public long getTextChars() {
        return textChars == null ? 0 : textChars;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getRequestedAt() {
        return requestedAt.toInstant(ZoneOffset.UTC);
    }

    public Optional<Instant> getFinishedAt() {
        return Optional.ofNullable(finishedAt).map(t -> t.toInstant(ZoneOffset.UTC));
    }
}
