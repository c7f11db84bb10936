package org.peaceops.intranet.documents.application.preview;

import java.util.Arrays;
import java.util.Optional;

/** The two sizes of page image: a thumbnail for the strip, and a page wide enough to read. */
public enum PreviewSize {
    THUMBNAIL("thumb", 180),
    PAGE("page", 1200);

    private final String code;
    private final int width;

    PreviewSize(String code, int width) {
        this.code = code;
        this.width = width;
    }

    /** The name in addresses and cache file names. */
    public String code() {
        return code;
    }

    public int width() {
        return width;
    }

    public static Optional<PreviewSize> ofCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
