package org.peaceops.intranet.training.attestation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import org.peaceops.intranet.training.domain.TrainingRuleException;

/**
 * One uploaded attestation file, stored whole or not at all, waiting for a second trainer. Four eyes:
 * whoever uploaded it never decides it. The version column makes two verifiers deciding at once
 * collide: one decision wins, the other is refused.
 */
@Entity
@Table(name = "attestation_batch", schema = "training")
public class AttestationBatch {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "attestation_batch_seq")
    @SequenceGenerator(name = "attestation_batch_seq", sequenceName = "training.attestation_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 20)
    private String mission;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "uploaded_by", nullable = false, length = 255)
    private String uploadedBy;

    @Column(name = "uploaded_by_name", nullable = false, length = 255)
    private String uploadedByName;

    @Column(name = "uploaded_at", nullable = false)
    private LocalDateTime uploadedAt;

    @Column(name = "line_count", nullable = false)
    private int lineCount;

    @Column(name = "new_people", nullable = false)
    private int newPeople;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private BatchStatus status;

    @Column(name = "decided_by", length = 255)
    private String decidedBy;

    @Column(name = "decided_by_name", length = 255)
    private String decidedByName;

    @Column(name = "decided_at")
    private LocalDateTime decidedAt;

    @Column(name = "rejection_reason", length = 1000)
    private String rejectionReason;

    @Version
    @Column(nullable = false)
    private int version;

    protected AttestationBatch() {
        // for JPA
    }

    public AttestationBatch(String mission, String fileName, String uploadedBy, String uploadedByName,
            ImportReport report, Instant at) {
        if (!report.isClean()) {
            throw new TrainingRuleException("attestation.error.notClean", "A batch is stored only when every line passes");
        }
        this.mission = Objects.requireNonNull(mission, "mission");
        this.fileName = Objects.requireNonNull(fileName, "fileName");
        this.uploadedBy = Objects.requireNonNull(uploadedBy, "uploadedBy");
        this.uploadedByName = Objects.requireNonNull(uploadedByName, "uploadedByName");
        this.lineCount = report.lines();
        this.newPeople = report.newPeople();
        this.status = BatchStatus.PENDING;
        this.uploadedAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    /** The verifier accepts every line: each becomes a completion. */
    public void verify(String verifier, String verifierName, Instant at) {
        decide(verifier, verifierName, at);
        this.status = BatchStatus.VERIFIED;
    }

    /** The verifier rejects the batch, saying why (the uploader corrects the file and uploads it again). */
    public void reject(String verifier, String verifierName, String reason, Instant at) {
        if (reason == null || reason.isBlank()) {
            throw new TrainingRuleException("attestation.error.reasonRequired", "A rejection says why");
        }
        decide(verifier, verifierName, at);
        this.status = BatchStatus.REJECTED;
        this.rejectionReason = reason.strip().length() > 1000 ? reason.strip().substring(0, 1000) : reason.strip();
    }

    private void decide(String verifier, String verifierName, Instant at) {
        if (status != BatchStatus.PENDING) {
            throw new TrainingRuleException("attestation.error.decided", "The batch is already " + status);
        }
        if (uploadedBy.equals(verifier)) {
            throw new TrainingRuleException("attestation.error.fourEyes", "The uploader never verifies their own batch");
        }
        this.decidedBy = verifier;
        this.decidedByName = verifierName;
        this.decidedAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    public Long getId() {
        return id;
    }

    public String getMission() {
        return mission;
    }

    public String getFileName() {
        return fileName;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public String getUploadedByName() {
        return uploadedByName;
    }

    public Instant getUploadedAt() {
        return uploadedAt.toInstant(ZoneOffset.UTC);
    }

    public int getLineCount() {
        return lineCount;
    }

    public int getNewPeople() {
        return newPeople;
    }

    public BatchStatus getStatus() {
        return status;
    }

    public Optional<String> getDecidedBy() {
        return Optional.ofNullable(decidedBy);
    }

    public Optional<String> getDecidedByName() {
        return Optional.ofNullable(decidedByName);
    }

    public Optional<Instant> getDecidedAt() {
        return Optional.ofNullable(decidedAt).map(d -> d.toInstant(ZoneOffset.UTC));
    }

    public Optional<String> getRejectionReason() {
        return Optional.ofNullable(rejectionReason);
    }

    public int getVersion() {
        return version;
    }
}
