package org.peaceops.intranet.documents.application;

import java.io.Serializable;
import java.util.List;

/** A file accepted and stored, not yet part of a draft: what it is, and documents that already have the same bytes. */
public class StagedFile implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String sha256;
    private final long size;
    private final String mediaType;
    private final String fileName;
    private final List<GuidanceSummary> sameContentElsewhere;

    StagedFile(String sha256, long size, String mediaType, String fileName, List<GuidanceSummary> sameContentElsewhere) {
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

    /** The type Tika detected from the content. */
    public String getMediaType() {
        return mediaType;
    }

    public String getFileName() {
        return fileName;
    }

    /** Documents the person may read that already hold these exact bytes: the page offers them instead. */
    public List<GuidanceSummary> getSameContentElsewhere() {
        return sameContentElsewhere;
    }

    public boolean isDuplicate() {
        return !sameContentElsewhere.isEmpty();
    }
}
