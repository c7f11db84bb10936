package org.peaceops.intranet.web.library;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.IntStream;
import org.peaceops.intranet.documents.application.GuidanceDetail;
import org.peaceops.intranet.documents.application.VersionDetail;
import org.peaceops.intranet.documents.application.preview.NoPreviewReason;
import org.peaceops.intranet.documents.application.preview.PagePreviews;
import org.peaceops.intranet.documents.application.preview.PreviewOutline;
import org.peaceops.intranet.documents.application.preview.PreviewSize;
import org.peaceops.intranet.documents.application.reading.ExtractedTextView;
import org.peaceops.intranet.documents.application.reading.ReadingStatistics;
import org.peaceops.intranet.documents.application.reading.TextExcerpt;
import org.peaceops.intranet.documents.domain.reading.ReadingFigures;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.shared.refusal.Refusal;
import org.peaceops.intranet.web.security.CurrentUser;

/**
 * Reading the document the {@link DocumentPage} shows: the page viewer of its current version (one page
 * at a time, previous/next, a strip of nearby thumbnails), its extracted text when it has no pages, and
 * how often it has been read. Opening the page counts as one view.
 */
@Named
@ViewScoped
public class DocumentReading implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(DocumentReading.class.getName());
    /** Thumbnails shown around the current page. */
    static final int STRIP = 9;

    @Inject
    DocumentPage documentPage;

    @Inject
    PagePreviews previews;

    @Inject
    ExtractedTextView texts;

    @Inject
    ReadingStatistics statistics;

    @Inject
    CurrentUser user;

    private long documentId;
    private Integer versionNumber;
    private PreviewOutline outline = PreviewOutline.none(NoPreviewReason.NO_FILE);
    private TextExcerpt excerpt;
    private ReadingFigures figures;
    private int page = 1;

    /** Called from f:viewAction after {@link DocumentPage#load}; does nothing for a missing document. */
    public void load() {
        GuidanceDetail document = documentPage.getDocument();
        if (document == null) {
            return;
        }
        Caller actor = user.caller().orElseThrow();
        documentId = document.getDocumentId();
        try {
            statistics.viewed(actor, documentId);
            figures = statistics.figures(actor, documentId);
            VersionDetail shown = document.getVersions().stream()
                    .filter(v -> v.getNumber() == document.getCurrentVersionNumber()).findFirst().orElseThrow();
            if (shown.isHasFile()) {
                versionNumber = shown.getNumber();
                outline = previews.outline(actor, documentId, versionNumber);
                if (outline.isTextView()) {
                    excerpt = texts.excerpt(actor, documentId, versionNumber).orElse(null);
                }
            }
        } catch (Refusal | jakarta.ejb.EJBException | IOException e) {
            // The page itself is shown; only the reading part says it has nothing to offer.
            LOG.log(Level.WARNING, "Reading part of document " + documentId + " unavailable", e);
            outline = PreviewOutline.none(NoPreviewReason.UNREADABLE);
        }
    }

    public void next() {
        page = Math.min(page + 1, Math.max(1, outline.getPages()));
    }

    public void previous() {
        page = Math.max(1, page - 1);
    }

    public void show(int number) {
        page = Math.max(1, Math.min(number, outline.getPages()));
    }

    public String image(String size, int number) {
        String code = PreviewSize.ofCode(size).orElse(PreviewSize.THUMBNAIL).code();
        return "/library/preview?id=" + documentId + "&version=" + versionNumber + "&size=" + code + "&page=" + number;
    }

    /** Page numbers of the thumbnail strip: a window around the current page. */
    public List<Integer> getStrip() {
        return strip(page, outline.getPages());
    }

    /** Up to {@link #STRIP} page numbers with {@code page} in the middle, shifted to stay within 1..pages. */
    static List<Integer> strip(int page, int pages) {
        int from = Math.max(1, Math.min(page - STRIP / 2, pages - STRIP + 1));
        return IntStream.rangeClosed(from, Math.min(pages, from + STRIP - 1)).boxed().toList();
    }

    public boolean isFirst() {
        return page <= 1;
    }

    public boolean isLast() {
        return page >= outline.getPages();
    }

    public int getPage() {
        return page;
    }

    public Integer getVersionNumber() {
        return versionNumber;
    }

    public PreviewOutline getOutline() {
        return outline;
    }

    public TextExcerpt getExcerpt() {
        return excerpt;
    }

    public ReadingFigures getFigures() {
        return figures;
    }
}
