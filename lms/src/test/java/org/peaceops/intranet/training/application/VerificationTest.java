package org.peaceops.intranet.training.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.peaceops.intranet.training.domain.Certificate;
import org.peaceops.intranet.training.domain.RecordRepository;
import org.peaceops.intranet.training.domain.TrainingRecord;

/** The public verification: valid through the expiry day, expired after it, unknown codes unknown. */
class VerificationTest {

    private static Certificate certificate(String code, LocalDate issued, LocalDate expires) throws Exception {
        var constructor = Certificate.class.getDeclaredConstructor();
        constructor.setAccessible(true);
        Certificate c = constructor.newInstance();
        set(c, "code", code);
        set(c, "holderName", "Alice Martin");
        set(c, "courseTitle", "Core pre-deployment training");
        set(c, "learnerSubject", "sub-alice");
        set(c, "issuedOn", issued);
        set(c, "expiresOn", expires);
        return c;
    }

    private static void set(Object target, String field, Object value) throws Exception {
        Field f = target.getClass().getDeclaredField(field);
        f.setAccessible(true);
        f.set(target, value);
    }

    private static TrainingRecords service(Certificate stored) {
        TrainingRecords records = new TrainingRecords();
        records.records = new RecordRepository() {
            @Override
            public Optional<Certificate> certificateByCode(String code) {
                return stored.getCode().equals(code) ? Optional.of(stored) : Optional.empty();
            }

            @Override
            public void add(TrainingRecord record) {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<TrainingRecord> ofLearner(String subject) {
                return List.of();
            }

            @Override
            public List<TrainingRecord> ofCourse(long courseId) {
                return List.of();
            }

            @Override
            public List<TrainingRecord> citingOlderThan(long documentId, int versionNumber) {
                return List.of();
            }

            @Override
            public java.util.Set<String> trainedOnAtLeast(long documentId, int versionNumber) {
                return java.util.Set.of();
            }

            @Override
            public void add(Certificate certificate) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Optional<Certificate> certificate(long id) {
                return Optional.empty();
            }

            @Override
            public Optional<Certificate> certificateOfRecord(long recordId) {
                return Optional.empty();
            }

            @Override
            public List<Certificate> certificatesOf(String subject) {
                return List.of();
            }

            @Override
            public List<Certificate> expiringBy(LocalDate day) {
                return List.of();
            }
        };
        return records;
    }

    @Test
    void validUntilTheExpiryDayThenExpired() throws Exception {
        TrainingRecords service = service(certificate("AB12-CD34-EF56", LocalDate.of(2026, 11, 20),
                LocalDate.of(2027, 11, 20)));

        Verification onExpiryDay = service.verify("ab12-cd34-ef56", LocalDate.of(2027, 11, 20)).orElseThrow();
        Verification dayAfter = service.verify("AB12CD34EF56", LocalDate.of(2027, 11, 21)).orElseThrow();

        assertThat(onExpiryDay.valid()).isTrue();
        assertThat(onExpiryDay.holderName()).isEqualTo("Alice Martin");
        assertThat(onExpiryDay.courseTitle()).isEqualTo("Core pre-deployment training");
        assertThat(dayAfter.valid()).isFalse();
        assertThat(dayAfter.expiresOn()).isEqualTo(LocalDate.of(2027, 11, 20));
    }

    @Test
    void unknownOrMalformedCodesAreNotFound() throws Exception {
        TrainingRecords service = service(certificate("AB12-CD34-EF56", LocalDate.of(2026, 11, 20), null));

        assertThat(service.verify("AB12-CD34-EF57", LocalDate.of(2026, 11, 21))).isEmpty();
        assertThat(service.verify("'; drop table certificate; --", LocalDate.of(2026, 11, 21))).isEmpty();
        assertThat(service.verify("AB12-CD34-EF56", LocalDate.of(2099, 1, 1))).get()
                .extracting(Verification::valid).isEqualTo(true);
    }

    @Test
    void theVerificationCarriesNoPersonalDataBeyondNameCourseAndValidity() {
        assertThat(java.util.Arrays.stream(Verification.class.getRecordComponents()).map(c -> c.getName()))
                .containsExactly("holderName", "courseTitle", "issuedOn", "expiresOn", "valid");
    }
}
