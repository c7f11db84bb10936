package org.peaceops.intranet.documents.application;

import java.io.Serializable;
import java.util.List;

/** What became of an upload: the stored content, and other documents that already had the same bytes. */
public class UploadOutcome implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String sha256;
    private final long size;
    private final String mediaType;
    private final List<GuidanceSummary> sameContentElsewhere;
    private final String fileName;

    UploadOutcome(String sha256, long size, String mediaType, String fileName, List<GuidanceSummary> sameContentElsewhere) {
        this.sha256 = sha256;
        this.size = size;
        this.mediaType = mediaType;
        this.fileName = fileName;
        this.sameContentElsewhere = List.copyOf(sameContentElsewhere);
    }

    public String getSha256() {
        return sha256;
    }

    public long getSize() {
        return size;
    }

    /** The type detected from the content. */
    public String getMediaType() {
        return mediaType;
    }

    /** The name the file is stored under: the name sent, made safe ({@code FileReference.safeName}). */
    public String getFileName() {
        return fileName;
    }

    /** Versions of other documents with identical content: the page offers them instead of a duplicate. */
    public List<GuidanceSummary> getSameContentElsewhere() {
        return sameContentElsewhere;
    }

    public boolean isDuplicate() {
        return !sameContentElsewhere.isEmpty();
    }
}
