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

    /**
     * The limit that cut the text, or null when not cut: the extractor names it in the detail as
     * {@code (limit NAME=VALUE)}, {@code intranet.extraction.max-chars} for the setting, or a parser's
     * safety limit against expansion bombs ({@code xml.entity-expansions}, {@code tika.characters-per-input-byte}).
     */
    public String getLimitSetting() {
        if (!isTruncated()) {
            return null;
        }
        java.util.regex.Matcher named = LIMIT.matcher(detail == null ? "" : detail);
        return named.find() ? named.group(1) : "intranet.extraction.max-chars";
    }

    private static final java.util.regex.Pattern LIMIT = java.util.regex.Pattern.compile("\\(limit ([\\w.-]+)=");
}
