package org.peaceops.intranet.documents.application.replica;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Where a mission node's files channel stands, as its last round of pulling left it: read by the health
 * check and the log, written by the puller. Empty on headquarters and before the first round.
 */
@ApplicationScoped
public class NodeFilesProgress {

    /**
     * @param missingFiles files replicated rows refer to that this node does not hold yet
     * @param missingBytes their size
     * @param receivedFiles files received from headquarters since this node started
     * @param receivedBytes bytes received since it started (resumed parts included)
     * @param tampered files refused since it started because their SHA-256 was not the one asked for
     * @param diskFull the last round stopped because the disk is full (reads go on; pulling resumes once there is room)
     * @param problem why the last round stopped early (headquarters unreachable, credential refused), if it did
     */
    public record Snapshot(long missingFiles, long missingBytes, long receivedFiles, long receivedBytes, long tampered,
            boolean diskFull, Optional<String> problem, Instant at) {
    }

    private final AtomicReference<Snapshot> last = new AtomicReference<>();

    public void update(Snapshot snapshot) {
        last.set(snapshot);
    }

    public Optional<Snapshot> last() {
        return Optional.ofNullable(last.get());
    }
}
