package org.peaceops.intranet.documents.application;

import java.io.Serializable;
import java.time.Instant;

/** A version's file, cleared for one reader to download. */
public class DownloadableFile implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String sha256;
    private final long size;
    private final String mediaType;
    private final String fileName;
    private final Instant lastModified;

    DownloadableFile(String sha256, long size, String mediaType, String fileName, Instant lastModified) {
        this.sha256 = sha256;
        this.size = size;
        this.mediaType = mediaType;
        this.fileName = fileName;
        this.lastModified = lastModified;
    }

    public String getSha256() {
        return sha256;
    }

    public long getSize() {
        return size;
    }

    public String getMediaType() {
        return mediaType;
    }

    public String getFileName() {
        return fileName;
    }

    public Instant getLastModified() {
        return lastModified;
    }
}
