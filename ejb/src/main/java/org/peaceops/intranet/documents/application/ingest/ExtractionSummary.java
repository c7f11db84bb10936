package org.peaceops.intranet.documents.application.ingest;

import java.io.Serializable;
import org.peaceops.intranet.documents.domain.extraction.ContentExtraction;

/** What the pages show of a file's extraction: status, reason, and the metadata Tika read. */
public class ExtractionSummary implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String status;
    private final String reason;
    private final String detail;
    private final String title;
    private final String author;
    private final Integer pageCount;
    private final String language;
    private final long textChars;

    ExtractionSummary(ContentExtraction e) {
        this.status = e.getStatus().name();
        this.reason = e.getReason().map(Enum::name).orElse(null);
        this.detail = e.getReasonDetail().orElse(null);
        this.title = e.getTitle().orElse(null);
        this.author = e.getAuthor().orElse(null);
        this.pageCount = e.getPageCount().orElse(null);
        this.language = e.getLanguageCode().orElse(null);
        this.textChars = e.getTextChars();
    }

    /** PENDING, EXTRACTED, NO_TEXT or FAILED. */
    public String getStatus() {
        return status;
    }

    public boolean isPending() {
        return "PENDING".equals(status);
    }

    /** The reason's name (ENCRYPTED, TIMEOUT, ...), or null. */
    public String getReason() {
        return reason;
    }

    /** The parser's own words, for the technically minded; may be null. */
    public String getDetail() {
        return detail;
    }

    public String getTitle() {
        return title;
    }

    public String getAuthor() {
        return author;
    }

    public Integer getPageCount() {
        return pageCount;
    }

    public String getLanguage() {
        return language;
    }

    public long getTextChars() {
        return textChars;
    }

    /** Whether the text was cut: only its beginning, {@link #getTextChars()} characters, was kept. */
    public boolean isTruncated() {
        return "TEXT_TRUNCATED".equals(reason);
    }

    /** The setting whose limit cut the text ({@code intranet.extraction.max-chars}), or null when not cut. */
    public String getLimitSetting() {
        return isTruncated() ? "intranet.extraction.max-chars" : null;
    }
}
