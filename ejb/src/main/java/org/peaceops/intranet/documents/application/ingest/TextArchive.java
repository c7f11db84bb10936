package org.peaceops.intranet.documents.application.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import org.peaceops.intranet.documents.application.ExtractedTexts;

/**
 * The extracted texts as the ingest pipeline writes them (readers see only {@link ExtractedTexts}): a
 * text is written whole or not at all. A port: the files live in infrastructure.
 */
public interface TextArchive extends ExtractedTexts {

    /** Starts the text of the file with this content hash: {@link PendingText#writer()}, then commit. */
    PendingText begin(String contentSha256) throws IOException;

    /** Removes what an interrupted extraction left; returns how many files. */
    int deleteTemporaryFiles() throws IOException;

    /** A text being written: {@link #writer()}, then {@link #commit()}; {@link #close()} always. */
    interface PendingText extends Closeable {

        Writer writer();

        /** Finishes the text durably and puts it in place in one step. */
        void commit() throws IOException;

        /** Discards the text unless it was committed. */
        @Override
        void close();
    }
}
