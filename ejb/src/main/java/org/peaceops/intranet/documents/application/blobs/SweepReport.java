package org.peaceops.intranet.documents.application.blobs;

/** What an orphan sweep removed: unreferenced blobs and abandoned temporary files, and the bytes freed. */
public final class SweepReport {

    private final int blobsDeleted;
    private final int tempFilesDeleted;
    private final long bytesFreed;

    public SweepReport(int blobsDeleted, int tempFilesDeleted, long bytesFreed) {
        this.blobsDeleted = blobsDeleted;
        this.tempFilesDeleted = tempFilesDeleted;
        this.bytesFreed = bytesFreed;
    }

    public int blobsDeleted() {
        return blobsDeleted;
    }

    public int tempFilesDeleted() {
        return tempFilesDeleted;
    }

    public long bytesFreed() {
        return bytesFreed;
    }

    @Override
    public String toString() {
        return blobsDeleted + " orphan blob(s) and " + tempFilesDeleted + " temporary file(s) deleted, "
                + bytesFreed + " bytes freed";
    }
}
