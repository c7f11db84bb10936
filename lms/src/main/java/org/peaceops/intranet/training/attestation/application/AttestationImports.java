package org.peaceops.intranet.training.attestation.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.shared.MissionScope;
import org.peaceops.intranet.shared.audit.AuditAction;
import org.peaceops.intranet.shared.audit.AuditTrail;
import org.peaceops.intranet.shared.refusal.AccessDenied;
import org.peaceops.intranet.shared.refusal.Conflict;
import org.peaceops.intranet.shared.refusal.NotFound;
import org.peaceops.intranet.training.application.Completions;
import org.peaceops.intranet.training.application.TrainingAccess;
import org.peaceops.intranet.training.application.TrainingRulesAsApplicationExceptions;
import org.peaceops.intranet.training.attestation.domain.Attestation;
import org.peaceops.intranet.training.attestation.domain.AttestationBatch;
import org.peaceops.intranet.training.attestation.domain.AttestationCheck;
import org.peaceops.intranet.training.attestation.domain.AttestationRepository;
import org.peaceops.intranet.training.attestation.domain.BatchStatus;
import org.peaceops.intranet.training.attestation.domain.CheckedLine;
import org.peaceops.intranet.training.attestation.domain.ImportReport;
import org.peaceops.intranet.training.domain.CourseRepository;
import org.peaceops.intranet.training.domain.CourseVersion;
import org.peaceops.intranet.training.domain.Learner;
import org.peaceops.intranet.training.domain.LearnerRepository;
import org.peaceops.intranet.training.domain.MissionTimeZones;
import org.peaceops.intranet.training.domain.TrainingRecord;

/**
 * Pre-deployment attestations, for training focal points (trainers, within their missions): check a
 * file line by line, import a clean file as one pending batch (all or nothing: the batch and its lines
 * are written in one transaction, so an import cut short leaves nothing), and the four-eyes decision
 * by a second trainer that makes each verified line a completion of the course version it names.
 */
@Stateless
@Interceptors(TrainingRulesAsApplicationExceptions.class)
public class AttestationImports {

    /** Lines written, or verified, together. */
    private static final int CHUNK = 500;

    @Inject
    AttestationRepository attestations;

    @Inject
    CourseRepository courses;

    @Inject
    LearnerRepository learners;

    @Inject
    AttestationFiles files;

    @Inject
    TrainingAccess access;

    @Inject
    Completions completions;

    @Inject
    AuditTrail audit;

    @Inject
    @ConfigProperty(name = "intranet.training.attestation.max-bytes", defaultValue = "33554432")
    long maxBytes;

    private final Clock clock = Clock.systemUTC();

    /** The largest file accepted (bytes): the web layer stops copying an upload past it. */
    /** Refuses anyone who manages no mission's training (the templates are for trainers too). */
    public void requireTrainer(Caller user) {
        scope(user);
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** Checks every line of the file and stores nothing. */
    public ImportReport check(Caller user, AttestationUpload upload, boolean createLearners) {
        upload.startPass(AttestationUpload.Pass.CHECKING);
        return run(user, upload, createLearners, line -> { });
    }

    /**
     * Checks the file; if every line passes, stores it as a pending batch of the trainer's mission,
     * reading it a second time to write the lines chunk by chunk. A file with any bad line stores nothing.
     */
    public ImportOutcome importBatch(Caller user, AttestationUpload upload, boolean createLearners) {
        upload.startPass(AttestationUpload.Pass.CHECKING);
        ImportReport report = run(user, upload, createLearners, line -> { });
        if (!report.isClean()) {
            return new ImportOutcome(report, null);
        }
        AttestationBatch batch = new AttestationBatch(user.mission(), upload.fileName(), user.subject(),
                user.displayName(), report, clock.instant());
        attestations.add(batch);
        List<Attestation> chunk = new ArrayList<>(CHUNK);
        upload.startPass(AttestationUpload.Pass.STORING);
        ImportReport stored = run(user, upload, createLearners, line -> {
            chunk.add(new Attestation(batch.getId(), line));
            if (chunk.size() == CHUNK) {
                attestations.addLines(chunk);
                chunk.clear();
            }
        });
        attestations.addLines(chunk);
        if (!stored.isClean() || stored.lines() != report.lines()) {
            // Another import of the same lines won the race between the two readings.
            throw new Conflict("attestation.error.changed", "The file no longer passes: check it again");
        }
        audit.record(user.subject(), AuditAction.TRAINING_ATTESTATIONS_IMPORTED, "attestation-batch",
                String.valueOf(batch.getId()), upload.fileName() + ": " + report.lines() + " lines, "
                        + report.newPeople() + " new people, mission " + batch.getMission());
        return new ImportOutcome(report, BatchView.of(batch, false));
    }

    private ImportReport run(Caller user, AttestationUpload upload, boolean createLearners,
            Consumer<CheckedLine> sink) {
        MissionScope scope = scope(user);
        LocalDate today = LocalDate.ofInstant(clock.instant(), MissionTimeZones.of(user.mission()));
        AttestationCheck check = new AttestationCheck(new CatalogueFacts(courses, learners, attestations), today,
                scope, createLearners, sink);
        files.read(upload, row -> {
            check.accept(row);
            upload.lineRead();
        });
        return check.finish();
    }

    /** Batches of the trainer's missions, newest first. */
    public List<BatchView> batches(Caller user) {
        MissionScope scope = scope(user);
        return attestations.batches(scope.isEveryMission() ? List.of() : scope.missions(), 100).stream()
                .map(b -> BatchView.of(b, mayDecide(user, b))).toList();
    }

    public BatchView batch(Caller user, long batchId) {
        AttestationBatch b = batchInScope(user, batchId);
        return BatchView.of(b, mayDecide(user, b));
    }

    /** Lines of a batch in file order, a page at a time. */
    public List<LineView> lines(Caller user, long batchId, int first, int max) {
        batchInScope(user, batchId);
        return attestations.lines(batchId, Math.max(0, first), Math.min(Math.max(1, max), 1000)).stream()
                .map(LineView::of).toList();
    }

    /**
     * A second trainer verifies the batch as read ({@code version}): each line becomes a completion (a
     * training record and its certificate), people the batch introduced become learners. The uploader
     * is refused (four eyes); of two verifiers at once one wins and the other is told.
     */
    public BatchView verify(Caller user, long batchId, int version) {
        AttestationBatch batch = decidable(user, batchId, version);
        Instant now = clock.instant();
        batch.verify(user.subject(), user.displayName(), now);
        flush(batch);
        int recorded = 0;
        for (int first = 0;; first += CHUNK) {
            List<Attestation> lines = attestations.lines(batchId, first, CHUNK);
            for (Attestation line : lines) {
                record(batch, line, user, now);
                recorded++;
            }
            if (lines.size() < CHUNK) {
                break;
            }
        }
        audit.record(user.subject(), AuditAction.TRAINING_ATTESTATIONS_VERIFIED, "attestation-batch",
                String.valueOf(batchId), recorded + " completions recorded from " + batch.getFileName()
                        + ", uploaded by " + batch.getUploadedBy());
        return BatchView.of(batch, false);
    }

    /** A second trainer rejects the batch with a reason; nothing is recorded. Four eyes as for verifying. */
    public BatchView reject(Caller user, long batchId, int version, String reason) {
        AttestationBatch batch = decidable(user, batchId, version);
        batch.reject(user.subject(), user.displayName(), reason, clock.instant());
        flush(batch);
        audit.record(user.subject(), AuditAction.TRAINING_ATTESTATIONS_REJECTED, "attestation-batch",
                String.valueOf(batchId), "rejected " + batch.getFileName() + " uploaded by " + batch.getUploadedBy()
                        + ": " + batch.getRejectionReason().orElse(""));
        return BatchView.of(batch, false);
    }

    private void record(AttestationBatch batch, Attestation line, Caller user, Instant now) {
        // The person as the file names them: by personnel number (also once they have signed in), else by subject.
        Learner learner = learners.findByPersonnelNumber(line.getPersonId())
                .or(() -> learners.find(line.getPersonId())).orElseGet(() -> {
            Learner created = Learner.introduced(line.getPersonId(), line.getPersonName(), batch.getMission(),
                    line.getCategory(), now);
            learners.add(created);
            return created;
        });
        CourseVersion version = courses.findVersion(line.getCourseVersionId())
                .orElseThrow(() -> new NotFound("training.error.notFound", "course version " + line.getCourseVersionId()));
        completions.complete(TrainingRecord.fromAttestation(learner, version, line.getCompletedOn(), user.subject()),
                version.getCourse().getCertificateValidityMonths(), now);
    }

    private AttestationBatch decidable(Caller user, long batchId, int version) {
        AttestationBatch batch = batchInScope(user, batchId);
        if (batch.getStatus() != BatchStatus.PENDING || batch.getVersion() != version) {
            throw new Conflict("attestation.error.decided", "The batch was decided meanwhile: " + batch.getStatus(),
                    batch.getDecidedByName().orElse("?"));
        }
        return batch;
    }

    private void flush(AttestationBatch batch) {
        try {
            attestations.flushDecision(batch);
        } catch (PersistenceException e) {
            // The optimistic lock: another verifier's decision was written first.
            throw new Conflict("attestation.error.decided", "The batch was decided meanwhile", e, "?");
        }
    }

    private AttestationBatch batchInScope(Caller user, long batchId) {
        AttestationBatch batch = attestations.find(batchId)
                .orElseThrow(() -> new NotFound("attestation.error.noBatch", "No batch " + batchId));
        if (!access.mayManage(user, batch.getMission())) {
            // Answered like a missing batch: nobody learns what other missions imported.
            throw new NotFound("attestation.error.noBatch", "No batch " + batchId);
        }
        return batch;
    }

    private MissionScope scope(Caller user) {
        MissionScope scope = access.managedMissions(user);
        if (scope.isNone()) {
            throw new AccessDenied("attestation.error.trainersOnly", "Attestations are for trainers");
        }
        return scope;
    }

    private static boolean mayDecide(Caller user, AttestationBatch b) {
        return b.getStatus() == BatchStatus.PENDING && !b.getUploadedBy().equals(user.subject());
    }
}
