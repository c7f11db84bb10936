package org.peaceops.intranet.documents.application.reading;

import java.io.Serializable;

/** The extracted text of a version as the page shows it: the beginning, and whether there is more. */
public record TextExcerpt(String text, boolean truncated) implements Serializable {

    public String getText() {
        return text;
    }

    public boolean isTruncated() {
        return truncated;
    }
}
