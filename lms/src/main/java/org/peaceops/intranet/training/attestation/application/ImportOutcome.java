package org.peaceops.intranet.training.attestation.application;

import java.io.Serializable;
import org.peaceops.intranet.training.attestation.domain.ImportReport;

/** What an import did: the report of the check, and the pending batch when the file was clean (else null). */
public record ImportOutcome(ImportReport report, BatchView batch) implements Serializable {

    public boolean isStored() {
        return batch != null;
    }
}
