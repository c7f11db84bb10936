package org.peaceops.intranet.documents.domain.extraction;

/**
 * Why a file has no full text. Stored by name: constants may be added, never renamed. The web layer
 * shows each through its own EN/FR message ({@code extraction.reason.<NAME>}).
 */
public enum ExtractionReason {
    /** Password-protected: the content cannot be read without the key. */
    ENCRYPTED,
    /** The file is damaged or truncated and its format could not be read. */
    CORRUPT,
    /** Expanding the file would produce far more than it holds (a decompression bomb). */
    ARCHIVE_BOMB,
    /** More text than the configured limit: only the beginning was kept. */
    TEXT_TRUNCATED,
    /** Extraction took longer than the configured limit. */
    TIMEOUT,
    /** The format holds no text (an image) or the file's text is empty. */
    NO_TEXT_CONTENT,
    /** Anything else the parser refused; the detail says what. */
    PARSER_ERROR
}
