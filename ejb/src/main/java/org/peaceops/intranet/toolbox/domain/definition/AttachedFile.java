package org.peaceops.intranet.toolbox.domain.definition;

import java.io.Serializable;
import java.util.Objects;
import org.peaceops.intranet.shared.Sha256;

/**
 * A file a report attaches: the SHA-256 of its bytes in the intranet's content store (which checked and
 * extracted them on upload), with what a reader needs before downloading. The Toolbox's own reference, so
 * that its model does not lean on the documents context's.
 */
public final class AttachedFile implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int MAX_NAME = 255;

    private final String sha256;
    private final long size;
    private final String mediaType;
    private final String originalFileName;

    /** The name keeps its last path element only, without control or invisible formatting characters. */
    public AttachedFile(String sha256, long size, String mediaType, String originalFileName) {
        Sha256.requireHex(sha256);
        if (size < 0) {
            throw new IllegalArgumentException("Negative size " + size);
        }
        this.sha256 = sha256;
        this.size = size;
        this.mediaType = mediaType == null || mediaType.isBlank() ? "application/octet-stream" : mediaType.strip();
        String name = originalFileName == null ? "" : originalFileName
                .substring(Math.max(originalFileName.lastIndexOf('/'), originalFileName.lastIndexOf('\\')) + 1)
                .replaceAll("[\\p{Cntrl}\\p{Cf}]", "").strip();
        name = name.isEmpty() ? "file" : name;
        this.originalFileName = name.length() > MAX_NAME ? name.substring(name.length() - MAX_NAME) : name;
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

    public String getOriginalFileName() {
        return originalFileName;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AttachedFile other && sha256.equals(other.sha256)
                && mediaType.equals(other.mediaType) && originalFileName.equals(other.originalFileName);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sha256, mediaType, originalFileName);
    }

    @Override
    public String toString() {
        return originalFileName + " (" + sha256.substring(0, 12) + ")";
    }
}
