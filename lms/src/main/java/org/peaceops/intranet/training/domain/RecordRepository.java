package org.peaceops.intranet.training.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Training records (append only) and certificates. */
public interface RecordRepository {

    void add(TrainingRecord record);

    List<TrainingRecord> ofLearner(String subject);

    List<TrainingRecord> ofCourse(long courseId);

    /** Records whose course version cited an older version of the document. */
    List<TrainingRecord> citingOlderThan(long documentId, int versionNumber);

    /** Keys {@code subject/courseId} of people with a record citing the document at this version or later. */
    java.util.Set<String> trainedOnAtLeast(long documentId, int versionNumber);

    void add(Certificate certificate);

    Optional<Certificate> certificate(long id);

    Optional<Certificate> certificateByCode(String code);

    Optional<Certificate> certificateOfRecord(long recordId);

    List<Certificate> certificatesOf(String subject);

    /** Certificates expiring on or before the day, with no recertification assigned yet. */
    List<Certificate> expiringBy(LocalDate day);
}
