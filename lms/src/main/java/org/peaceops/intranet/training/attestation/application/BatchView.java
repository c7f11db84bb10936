package org.peaceops.intranet.training.attestation.application;

import java.io.Serializable;
import java.time.Instant;
import org.peaceops.intranet.training.attestation.domain.AttestationBatch;

/** A batch as the page and the API show it; {@code version} goes back with a decision (optimistic lock). */
public record BatchView(long id, String mission, String fileName, String uploadedByName, Instant uploadedAt,
        int lines, int newPeople, String status, String decidedByName, Instant decidedAt, String rejectionReason,
        int version, boolean mayDecide) implements Serializable {

    static BatchView of(AttestationBatch b, boolean mayDecide) {
        return new BatchView(b.getId(), b.getMission(), b.getFileName(), b.getUploadedByName(), b.getUploadedAt(),
                b.getLineCount(), b.getNewPeople(), b.getStatus().name(), b.getDecidedByName().orElse(null),
                b.getDecidedAt().orElse(null), b.getRejectionReason().orElse(null), b.getVersion(), mayDecide);
    }
}
