package org.peaceops.intranet.training.attestation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peaceops.intranet.training.domain.TrainingRuleException;

/** Four eyes on a batch: the uploader never decides it, a decision is made once, a rejection says why. */
class AttestationBatchTest {

    private static final Instant NOW = Instant.parse("2026-12-07T02:00:00Z");
    private static final ImportReport CLEAN = new ImportReport(3, 0, List.of(), 1);

    private static AttestationBatch uploadedByIngrid() {
        return new AttestationBatch("UNMISS", "fpu-senegal.csv", "sub-ingrid", "Ingrid Larsen", CLEAN, NOW);
    }

    @Test
    void theUploaderCannotVerifyNorRejectTheirOwnBatch() {
        AttestationBatch batch = uploadedByIngrid();

        assertThatThrownBy(() -> batch.verify("sub-ingrid", "Ingrid Larsen", NOW))
                .isInstanceOf(TrainingRuleException.class).hasFieldOrPropertyWithValue("key", "attestation.error.fourEyes");
        assertThatThrownBy(() -> batch.reject("sub-ingrid", "Ingrid Larsen", "typo", NOW))
                .hasFieldOrPropertyWithValue("key", "attestation.error.fourEyes");
        assertThat(batch.getStatus()).isEqualTo(BatchStatus.PENDING);
        assertThat(batch.getDecidedBy()).isEmpty();
    }

    @Test
    void aSecondTrainerVerifiesOnceAndTheDecisionSaysWhoAndWhen() {
        AttestationBatch batch = uploadedByIngrid();

        batch.verify("sub-therese", "Thérèse Formatrice", NOW);

        assertThat(batch.getStatus()).isEqualTo(BatchStatus.VERIFIED);
        assertThat(batch.getDecidedByName()).contains("Thérèse Formatrice");
        assertThat(batch.getDecidedAt()).contains(NOW);
        assertThatThrownBy(() -> batch.reject("sub-other", "Other", "late", NOW))
                .hasFieldOrPropertyWithValue("key", "attestation.error.decided");
    }

    @Test
    void aRejectionNeedsAReason() {
        AttestationBatch batch = uploadedByIngrid();

        assertThatThrownBy(() -> batch.reject("sub-therese", "Thérèse", "  ", NOW))
                .hasFieldOrPropertyWithValue("key", "attestation.error.reasonRequired");
        batch.reject("sub-therese", "Thérèse", " Wrong centre for line 4 ", NOW);
        assertThat(batch.getStatus()).isEqualTo(BatchStatus.REJECTED);
        assertThat(batch.getRejectionReason()).contains("Wrong centre for line 4");
    }

    @Test
    void onlyACleanReportBecomesABatch() {
        assertThatThrownBy(() -> new AttestationBatch("UNMISS", "f.csv", "s", "n",
                new ImportReport(3, 1, List.of(), 0), NOW)).hasFieldOrPropertyWithValue("key", "attestation.error.notClean");
    }
}
