package org.peaceops.intranet.training.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.logging.Logger;
import org.peaceops.intranet.training.domain.Assignment;
import org.peaceops.intranet.training.domain.AssignmentRepository;
import org.peaceops.intranet.training.domain.AssignmentStatus;
import org.peaceops.intranet.training.domain.Certificate;
import org.peaceops.intranet.training.domain.RecordRepository;
import org.peaceops.intranet.training.domain.TrainingRecord;
import org.peaceops.intranet.training.refresher.domain.OwedRefresherRepository;

/**
 * What follows a completion, in the caller's transaction: the immutable record is kept, a certificate
 * is issued, and the person's open assignments (and owed refreshers) of that course are met.
 */
@ApplicationScoped
public class Completions {

    private static final Logger LOG = Logger.getLogger(Completions.class.getName());
    private final SecureRandom random = new SecureRandom();

    @Inject
    RecordRepository records;

    @Inject
    AssignmentRepository assignments;

    @Inject
    OwedRefresherRepository owedRefreshers;

    public Certificate complete(TrainingRecord record, java.util.Optional<Integer> validityMonths, Instant at) {
        return complete(record, validityMonths, at, java.util.Optional.empty());
    }

    /**
     * As {@link #complete(TrainingRecord, java.util.Optional, Instant)}, the certificate keeping a code given
     * (a completion made on a mission node, whose certificate the holder may already have printed there),
     * unless that code is taken here.
     */
    public Certificate complete(TrainingRecord record, java.util.Optional<Integer> validityMonths, Instant at,
            java.util.Optional<String> certificateCode) {
        // the assignments are met first: storing the record brings the person's standing up to date
        for (Assignment a : assignments.ofLearner(record.getLearnerSubject())) {
            if (a.getCourse().getId() == record.getCourseId() && a.getStatus() == AssignmentStatus.ACTIVE) {
                a.complete(at);
            }
        }
        records.add(record); // sequence ids are assigned on persist: the certificate can refer to it
        Certificate certificate = certificateCode.filter(code -> records.certificateByCode(code).isEmpty())
                .map(code -> Certificate.issue(record, validityMonths, code))
                .orElseGet(() -> Certificate.issue(record, validityMonths, random));
        records.add(certificate);
        // a refresher is met only by a version teaching the guidance now in force
        owedRefreshers.openOf(record.getLearnerSubject(), record.getCourseId()).forEach(o -> o.metBy(record, at));
        LOG.info(() -> record.getLearnerSubject() + " completed " + record.getCourseCode() + " v"
                + record.getCourseVersionNumber() + " (" + record.getMethod() + ")");
        return certificate;
    }
}
