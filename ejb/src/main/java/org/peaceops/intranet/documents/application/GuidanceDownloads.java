package org.peaceops.intranet.documents.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.time.Clock;
import org.peaceops.intranet.documents.application.blobs.ContentStore;
import org.peaceops.intranet.documents.domain.audit.AuditEntry;
import org.peaceops.intranet.documents.domain.audit.AuditEntryRepository;
import org.peaceops.intranet.documents.domain.guidance.DocumentVersion;
import org.peaceops.intranet.documents.domain.guidance.FileReference;
import org.peaceops.intranet.documents.domain.guidance.GuidanceDocument;
import org.peaceops.intranet.documents.domain.guidance.GuidanceDocumentRepository;
import org.peaceops.intranet.documents.domain.reading.DownloadReceipts;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.shared.audit.AuditAction;
import org.peaceops.intranet.shared.refusal.AccessDenied;

/**
 * Downloading a version's file: the access policy decides on that very version (a draft inside published
 * guidance is not every reader's), the audit trail records the download, the bytes come from the blob
 * store as a channel so that a resumed download reads only what it needs.
 *
 * <p>A download is recorded once per person, version and content (the ETag), whatever part of the file a
 * request asks for: the first request that gets bytes records it, later ones (resumptions, parallel
 * ranges, a second copy) find the receipt. So no {@code Range} header can fetch a file unrecorded.
 */
@Stateless
public class GuidanceDownloads {

    @Inject
    GuidanceDocumentRepository documents;

    @Inject
    GuidanceAccessPolicy policy;

    @Inject
    AuditEntryRepository audit;

    @Inject
    ContentStore blobs;

    @Inject
    DownloadReceipts receipts;

    @Inject
    org.peaceops.intranet.documents.application.reading.ReadingStatistics readings;

    Clock clock = Clock.systemUTC();

    /**
     * Clears one version's file for this reader, without recording anything: previews and the text view
     * use it as they are, downloads then call {@link #recordDownload} before sending bytes.
     *
     * @throws GuidanceNotFoundException also when the reader may not have it: absence and refusal look alike
     */
    public DownloadableFile prepare(Caller actor, long documentId, int versionNumber) {
        GuidanceDocument document = documents.find(documentId).orElseThrow(() -> new GuidanceNotFoundException(documentId));
        DocumentVersion version = document.getVersions().stream().filter(v -> v.getNumber() == versionNumber)
                .findFirst().orElseThrow(() -> new GuidanceNotFoundException(documentId));
        try {
            policy.check(actor, GuidanceAction.READ, document);
            policy.checkVersion(actor, document, version);
        } catch (AccessDenied denied) {
            throw new GuidanceNotFoundException(documentId);
        }
        FileReference file = version.getFile().orElseThrow(() -> new GuidanceNotFoundException(documentId));
        return new DownloadableFile(documentId, versionNumber, file.getSha256(), file.getSize(), file.getMediaType(),
                file.getOriginalFileName(), version.getCreatedAt());
    }

    /**
     * {@link #prepare}, then {@link #recordDownload} when {@code record} is set.
     *
     * @param record true when the caller is about to send the file's bytes (any part of them)
     */
    public DownloadableFile prepare(Caller actor, long documentId, int versionNumber, boolean record) {
        DownloadableFile file = prepare(actor, documentId, versionNumber);
        if (record) {
            recordDownload(actor, file);
        }
        return file;
    }

    /**
     * Records that the reader is getting (part of) a file {@link #prepare} cleared: an audit line and one
     * download in the counters, the first time for this person, version and content only.
     *
     * @return true if this call recorded it, false if it was recorded before
     */
    public boolean recordDownload(Caller actor, DownloadableFile file) {
        if (actor.isSystem()) {
            return false;
        }
        GuidanceDocument document = documents.find(file.getDocumentId())
                .orElseThrow(() -> new GuidanceNotFoundException(file.getDocumentId()));
        if (!receipts.firstDownload(actor.subject(), file.getDocumentId(), file.getVersionNumber(), file.getSha256(),
                clock.instant())) {
            return false;
        }
        audit.record(new AuditEntry(clock.instant(), actor.subject(), AuditAction.VERSION_DOWNLOADED,
                "guidance-version", file.getDocumentId() + "/" + file.getVersionNumber(), file.getFileName()));
        readings.downloaded(actor, document);
        return true;
    }

    public SeekableByteChannel open(DownloadableFile file) throws IOException {
        return blobs.openChannel(file.getSha256());
    }
}
