package org.peaceops.intranet.documents.application.reading;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Reader;
import java.util.Optional;
import org.peaceops.intranet.documents.application.DownloadableFile;
import org.peaceops.intranet.documents.application.ExtractedTexts;
import org.peaceops.intranet.documents.application.GuidanceDownloads;
import org.peaceops.intranet.shared.Caller;

/**
 * The text view of versions without page previews (Word, spreadsheets, ...): the text extraction produced,
 * cleared by the same access rules as the file itself. Only the beginning is read: a page is not the
 * place for a 300-page manual, and the download link is right beside it.
 */
@ApplicationScoped
public class ExtractedTextView {

    /** Characters shown at most (about 60 printed pages). */
    static final int MAX_CHARS = 200_000;

    @Inject
    GuidanceDownloads downloads;

    @Inject
    ExtractedTexts texts;

    /**
     * @return empty while there is no extracted text (pending, failed, or none in the file)
     * @throws org.peaceops.intranet.documents.application.GuidanceNotFoundException also when not allowed
     */
    public Optional<TextExcerpt> excerpt(Caller actor, long documentId, int versionNumber) throws IOException {
        DownloadableFile file = downloads.prepare(actor, documentId, versionNumber, false);
        Optional<Reader> opened = texts.open(file.getSha256());
        if (opened.isEmpty()) {
            return Optional.empty();
        }
        try (Reader text = opened.get()) {
            return Optional.of(readUpTo(text, MAX_CHARS));
        }
    }

    static TextExcerpt readUpTo(Reader text, int max) throws IOException {
        StringBuilder out = new StringBuilder();
        char[] buffer = new char[8192];
        int n;
        while (out.length() < max && (n = text.read(buffer, 0, Math.min(buffer.length, max - out.length()))) != -1) {
            out.append(buffer, 0, n);
        }
        boolean more = out.length() >= max && text.read() != -1;
        return new TextExcerpt(out.toString(), more);
    }
}
