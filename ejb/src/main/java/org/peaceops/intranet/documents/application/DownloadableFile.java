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
    private final long documentId;
    private final int versionNumber;

    DownloadableFile(String sha256, long size, String mediaType, String fileName, Instant lastModified) {
        this(0, 0, sha256, size, mediaType, fileName, lastModified);
    }

    DownloadableFile(long documentId, int versionNumber, String sha256, long size, String mediaType, String fileName,
            Instant lastModified) {
        this.documentId = documentId;
        this.versionNumber = versionNumber;
        this.sha256 = sha256;
        this.size = size;
        this.mediaType = mediaType;
        this.fileName = fileName;
        this.lastModified = lastModified;
    }

    public long getDocumentId() {
        return documentId;
    }

    public int getVersionNumber() {
        return versionNumber;
    }

    /** The content hash, which is also the download's ETag. */
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
