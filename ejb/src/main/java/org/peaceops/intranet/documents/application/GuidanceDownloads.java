package org.peaceops.intranet.documents.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import org.peaceops.intranet.documents.domain.LifecycleStatus;
import org.peaceops.intranet.documents.domain.audit.AuditAction;
import org.peaceops.intranet.documents.domain.audit.AuditEntry;
import org.peaceops.intranet.documents.domain.audit.AuditTrail;
import org.peaceops.intranet.documents.domain.guidance.DocumentVersion;
import org.peaceops.intranet.documents.domain.guidance.FileReference;
import org.peaceops.intranet.documents.domain.guidance.GuidanceDocument;
import org.peaceops.intranet.documents.domain.guidance.GuidanceDocumentRepository;
import org.peaceops.intranet.documents.infrastructure.blobs.BlobStore;

/**
 * Downloading a version's file: the access policy decides, the audit trail records the download,
 * the bytes come from the blob store as a channel so that a resumed download reads only what it needs.
 * Older versions are offered only once published (history stays readable, old drafts do not).
 */
@Stateless
public class GuidanceDownloads {

    private static final Set<LifecycleStatus> PUBLISHED =
            EnumSet.of(LifecycleStatus.PROMULGATED, LifecycleStatus.UNDER_REVIEW, LifecycleStatus.SUPERSEDED);

    @Inject
    GuidanceDocumentRepository documents;

    @Inject
    GuidanceAccessPolicy policy;

    @Inject
    AuditTrail audit;

    @Inject
    BlobStore blobs;

    @Inject
    org.peaceops.intranet.documents.application.reading.ReadingStatistics readings;

    private final Clock clock = Clock.systemUTC();

    /**
     * @param record false for the continuation of a download already recorded (a Range request)
     * @throws GuidanceNotFoundException also when the reader may not have it: absence and refusal look alike
     */
    public DownloadableFile prepare(Actor actor, long documentId, int versionNumber, boolean record) {
        GuidanceDocument document = documents.find(documentId).orElseThrow(() -> new GuidanceNotFoundException(documentId));
        try {
            policy.check(actor, GuidanceAction.READ, document);
        } catch (SecurityException denied) {
            throw new GuidanceNotFoundException(documentId);
        }
        DocumentVersion version = document.getVersions().stream().filter(v -> v.getNumber() == versionNumber)
                .filter(v -> v.isCurrent() || PUBLISHED.contains(v.getStatus()))
                .findFirst().orElseThrow(() -> new GuidanceNotFoundException(documentId));
        FileReference file = version.getFile().orElseThrow(() -> new GuidanceNotFoundException(documentId));
        if (record) {
            audit.record(new AuditEntry(clock.instant(), actor.getSubject(), AuditAction.VERSION_DOWNLOADED,
                    "guidance-version", documentId + "/" + versionNumber, file.getOriginalFileName()));
            readings.downloaded(actor, document);
        }
        return new DownloadableFile(file.getSha256(), file.getSize(), file.getMediaType(), file.getOriginalFileName(),
                version.getCreatedAt());
    }

    public SeekableByteChannel open(DownloadableFile file) throws IOException {
        return blobs.openChannel(file.getSha256());
    }
}
