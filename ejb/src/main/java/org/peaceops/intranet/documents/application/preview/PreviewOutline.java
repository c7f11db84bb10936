package org.peaceops.intranet.documents.application.preview;

import java.io.Serializable;
import java.util.Optional;

/**
 * What the page viewer can show for one version: its number of pages, or the reason it has none.
 * {@code textView} says whether the extracted text is the way to read it instead.
 */
public final class PreviewOutline implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int pages;
    private final NoPreviewReason reason;

    private PreviewOutline(int pages, NoPreviewReason reason) {
        this.pages = pages;
        this.reason = reason;
    }

    public static PreviewOutline pages(int pages) {
        return new PreviewOutline(pages, null);
    }

    public static PreviewOutline none(NoPreviewReason reason) {
        return new PreviewOutline(0, reason);
    }

    public int getPages() {
        return pages;
    }

    public boolean isPaged() {
        return reason == null;
    }

    public Optional<NoPreviewReason> reason() {
        return Optional.ofNullable(reason);
    }

    /** The reason's name for message keys, empty when there are pages. */
    public String getReasonCode() {
        return reason == null ? "" : reason.name();
    }

    public boolean isTextView() {
        return reason == NoPreviewReason.NOT_PAGED;
    }
}
