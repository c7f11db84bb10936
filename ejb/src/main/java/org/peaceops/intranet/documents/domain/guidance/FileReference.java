package org.peaceops.intranet.documents.domain.guidance;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;
import java.util.regex.Pattern;
import org.peaceops.intranet.shared.Sha256;

/**
 * Which bytes a version is: the SHA-256 of the content in the blob store, plus what the reader needs to
 * know before downloading (size, media type) and the name the file was uploaded under.
 */
@Embeddable
public class FileReference implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int MAX_NAME = 255;
    private static final Pattern WINDOWS_DEVICE =
            Pattern.compile("(?i)(con|prn|aux|nul|com[0-9]|lpt[0-9])(\\..*)?");

    @Column(name = "content_sha256", length = 64)
    private String sha256;

    @Column(name = "content_size")
    private Long size;

    @Column(name = "media_type", length = 255)
    private String mediaType;

    @Column(name = "original_file_name", length = 255)
    private String originalFileName;

    protected FileReference() {
        // for JPA
    }

    public FileReference(String sha256, long size, String mediaType, String originalFileName) {
        Sha256.requireHex(sha256);
        if (size < 0) {
            throw new IllegalArgumentException("Negative size " + size);
        }
        this.sha256 = sha256;
        this.size = size;
        this.mediaType = mediaType == null || mediaType.isBlank() ? "application/octet-stream" : mediaType.trim();
        this.originalFileName = safeName(originalFileName);
    }

    /**
     * Keeps only the last path element (some browsers send {@code C:\fakepath\x.pdf}) and drops control
     * and invisible formatting characters (a right-to-left override makes {@code cod.pdf} read as
     * {@code fdp.doc}), which would otherwise end up in download headers and audit lines. Characters
     * Windows refuses in names become {@code _}, trailing dots and spaces go, and a Windows device name
     * ({@code aux.pdf}) gets a leading {@code _}, so the name can be saved as is on any desktop.
     */
    public static String safeName(String name) {
        String base = name == null ? "" : name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        String clean = base.replaceAll("[\\p{Cntrl}\\p{Cf}]", "").replaceAll("[<>:\"|?*]", "_").strip()
                .replaceAll("[. ]+$", "");
        if (clean.isEmpty() || clean.equals(".") || clean.equals("..")) {
            clean = "document";
        }
        if (WINDOWS_DEVICE.matcher(clean).matches()) {
            clean = "_" + clean;
        }
        return clean.length() > MAX_NAME ? clean.substring(clean.length() - MAX_NAME) : clean;
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
        return o instanceof FileReference other && sha256.equals(other.sha256)
                && mediaType.equals(other.mediaType) && originalFileName.equals(other.originalFileName);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sha256, mediaType, originalFileName);
    }
}
