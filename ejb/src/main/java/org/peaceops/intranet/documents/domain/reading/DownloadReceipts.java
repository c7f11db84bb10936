package org.peaceops.intranet.documents.domain.reading;

import java.time.Instant;

/**
 * Who has already downloaded which version's file (by its content hash, the download's ETag): a download
 * is audited and counted once per person, version and content, however its bytes were asked for.
 */
public interface DownloadReceipts {

    /**
     * Notes that this person is getting this content of this version.
     *
     * @return true the first time, false when they had it already (then nothing is recorded again)
     */
    boolean firstDownload(String subject, long documentId, int versionNumber, String contentSha256, Instant at);
}
