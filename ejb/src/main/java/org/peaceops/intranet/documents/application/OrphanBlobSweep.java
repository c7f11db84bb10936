package org.peaceops.intranet.documents.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.peaceops.intranet.documents.application.blobs.ContentStore;
import org.peaceops.intranet.documents.application.blobs.SweepReport;
import org.peaceops.intranet.documents.application.ingest.TextArchive;
import org.peaceops.intranet.shared.BlobReferences;
import org.peaceops.intranet.shared.schedule.JobClaims;

/**
 * Once a day, deletes blobs no context refers to (an upload whose row failed, a draft's replaced file)
 * and temporary files a crash left. A day's grace keeps anything an upload in progress may still claim.
 * At start-up no upload or extraction can be running yet, so their temporary files go at once: a crash
 * in the middle of an upload leaves no partial file once the server is back; on a cluster sharing the
 * store an instance takes only its own temporary files then, and one instance a night runs the sweep.
 */
@Singleton
@Startup
public class OrphanBlobSweep {

    private static final Logger LOG = Logger.getLogger(OrphanBlobSweep.class.getName());
    static final Duration GRACE = Duration.ofDays(1);

    /** Every context that keeps files in the store (guidance versions, Toolbox attachments, ...). */
    @Inject
    Instance<BlobReferences> referrers;

    @Inject
    ContentStore blobs;

    @Inject
    TextArchive texts;

    @Inject
    JobClaims claims;

    @PostConstruct
    void removeAbandonedTemporaryFiles() {
        try {
            int uploads = blobs.deleteTemporaryFiles();
            int extractions = texts.deleteTemporaryFiles();
            if (uploads + extractions > 0) {
                LOG.info(() -> "Start-up: removed " + uploads + " interrupted upload(s) and " + extractions
                        + " interrupted text extraction(s)");
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not remove interrupted uploads; the daily sweep will", e);
        }
    }

    @Schedule(hour = "3", minute = "30", persistent = false)
    void daily() {
        if (claims.claim("blob-sweep", LocalDate.now(ZoneOffset.UTC).toString())) {
            sweep();
        }
    }

    void sweep() {
        try {
            Set<String> referenced = new HashSet<>();
            for (BlobReferences referrer : referrers) {
                referenced.addAll(referrer.referencedBlobHashes());
            }
            SweepReport report = blobs.sweepOrphans(referenced, GRACE, Instant.now());
            LOG.info(() -> "Blob sweep: " + report);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Blob sweep failed; it will run again tomorrow", e);
        }
    }
}
