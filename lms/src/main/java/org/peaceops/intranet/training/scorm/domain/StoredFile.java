package org.peaceops.intranet.training.scorm.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** One file of a kept package: its path in the package and the content-store blob holding its bytes. */
@Embeddable
public class StoredFile {

    @Column(name = "path", nullable = false, length = 1000)
    private String path;

    @Column(name = "blob_sha256", nullable = false, length = 64)
    private String blobSha256;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    protected StoredFile() {
        // for JPA
    }

    public StoredFile(PackagePath path, String blobSha256, long size) {
        this.path = path.value();
        this.blobSha256 = Objects.requireNonNull(blobSha256);
        this.size = size;
    }

    public PackagePath getPath() {
        return new PackagePath(path);
    }

    public String getBlobSha256() {
        return blobSha256;
    }

    public long getSize() {
        return size;
    }
}
