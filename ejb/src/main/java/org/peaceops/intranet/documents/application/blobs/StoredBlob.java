package org.peaceops.intranet.documents.application.blobs;

/** What {@link ContentStore#store} stored: the content's SHA-256 (its name) and its size in bytes. */
public final class StoredBlob {

    private final String sha256;
    private final long size;
    private final boolean alreadyPresent;

    public StoredBlob(String sha256, long size, boolean alreadyPresent) {
        this.sha256 = sha256;
        this.size = size;
        this.alreadyPresent = alreadyPresent;
    }

    public String sha256() {
        return sha256;
    }

    public long size() {
        return size;
    }

    /** The same bytes were stored before: the caller may offer the documents that already use them. */
    public boolean alreadyPresent() {
        return alreadyPresent;
    }
}
