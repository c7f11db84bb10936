package org.peaceops.intranet.training.attestation.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peaceops.intranet.testing.H2PersistenceUnit;
import org.junit.jupiter.api.io.TempDir;
import org.peaceops.intranet.shared.PersonnelCategory;
import org.peaceops.intranet.training.attestation.domain.Attestation;
import org.peaceops.intranet.training.attestation.domain.AttestationBatch;
import org.peaceops.intranet.training.attestation.domain.AttestationKey;
import org.peaceops.intranet.training.attestation.domain.CheckedLine;
import org.peaceops.intranet.training.attestation.domain.CourseFacts;
import org.peaceops.intranet.training.attestation.domain.ImportReport;
import org.peaceops.intranet.training.domain.Course;
import org.peaceops.intranet.training.domain.CourseVersion;
import org.peaceops.intranet.training.domain.Learner;
import org.peaceops.intranet.training.domain.TrainingPhase;
import org.peaceops.intranet.training.domain.TrainingRecord;

/**
 * Attestations with the server's JPA provider on the Flyway schema (H2, PostgreSQL mode): batches and
 * lines as the migration made them, the "already attested" query, the optimistic lock between two
 * verifiers, and the completion a verified line becomes for a person introduced by the batch.
 */
class AttestationPersistenceTest {

    private static final Instant NOW = Instant.parse("2026-12-07T02:00:00Z");

    @TempDir
    Path dir;

    private H2PersistenceUnit unit;
    private EntityManagerFactory factory;

    @BeforeEach
    void schema() {
        unit = H2PersistenceUnit.migrated(dir, "training", "training", "OFF");
        factory = unit.factory();
    }

    @AfterEach
    void close() {
        unit.close();
    }

    private <T> T inTransaction(Function<EntityManager, T> work) {
        return unit.inTransaction(work);
    }

    private static JpaAttestationRepository repository(EntityManager em) {
        JpaAttestationRepository r = new JpaAttestationRepository();
        r.em = em;
        return r;
    }

    private CourseFacts publishedCourse() {
        return inTransaction(em -> {
            Course course = new Course("PDT-CORE", "Core pre-deployment training", null, TrainingPhase.PRE_DEPLOYMENT);
            course.ownedBy("trainer", "HQ");
            em.persist(course);
            CourseVersion v = course.openDraft();
            v.addLesson(v.addModule("Foundations"), "First", "<p>One</p>");
            course.publish(NOW, "trainer");
            em.flush();
            return CourseFacts.of(course.getId(), v.getId(), course.getCode(), null);
        });
    }

    private long batchOf(CourseFacts course, String... people) {
        return inTransaction(em -> {
            AttestationBatch batch = new AttestationBatch("UNMISS", "fpu.csv", "sub-ingrid", "Ingrid Larsen",
                    new ImportReport(people.length, 0, List.of(), people.length), NOW);
            repository(em).add(batch);
            int line = 2;
            List<Attestation> lines = new java.util.ArrayList<>();
            for (String person : people) {
                lines.add(new Attestation(batch.getId(), new CheckedLine(line++, person, "Aïcha Koné",
                        PersonnelCategory.POLICE, "SEN", course, LocalDate.of(2026, 10, 15), "Dakar", true)));
            }
            repository(em).addLines(lines);
            return batch.getId();
        });
    }

    @Test
    void aBatchAndItsLinesAreStoredAndAttestedKeysFoundUnlessTheBatchWasRejected() {
        CourseFacts course = publishedCourse();
        long batchId = batchOf(course, "UN-1", "UN-2");
        AttestationKey one = new AttestationKey("UN-1", course.courseId(), LocalDate.of(2026, 10, 15));
        AttestationKey otherDay = new AttestationKey("UN-2", course.courseId(), LocalDate.of(2026, 10, 16));

        inTransaction(em -> {
            assertThat(repository(em).lines(batchId, 0, 10)).extracting(Attestation::getPersonId).containsExactly("UN-1", "UN-2");
            assertThat(repository(em).lines(batchId, 1, 10)).hasSize(1);
            assertThat(repository(em).attested(List.of(one, otherDay))).containsExactly(one);
            assertThat(repository(em).batches(List.of("MINUSCA"), 10)).isEmpty();
            repository(em).find(batchId).orElseThrow().reject("sub-therese", "Thérèse", "wrong centre", NOW);
            return null;
        });
        inTransaction(em -> {
            assertThat(repository(em).attested(List.of(one))).as("a rejected batch attests nothing").isEmpty();
            return null;
        });
    }

    @Test
    void ofTwoVerifiersWhoReadTheSameVersionTheSecondFailsAtItsFlush() {
        long batchId = batchOf(publishedCourse(), "UN-1");
        EntityManager first = factory.createEntityManager();
        EntityManager second = factory.createEntityManager();
        try {
            first.getTransaction().begin();
            second.getTransaction().begin();
            AttestationBatch a = first.find(AttestationBatch.class, batchId);
            AttestationBatch b = second.find(AttestationBatch.class, batchId);
            a.verify("sub-therese", "Thérèse", NOW);
            repository(first).flushDecision(a);
            first.getTransaction().commit();

            b.reject("sub-kofi", "Kofi", "late", NOW);
            assertThatThrownBy(() -> repository(second).flushDecision(b)).isInstanceOf(PersistenceException.class);
        } finally {
            if (second.getTransaction().isActive()) {
                second.getTransaction().rollback();
            }
            first.close();
            second.close();
        }
        inTransaction(em -> {
            assertThat(em.find(AttestationBatch.class, batchId).getDecidedByName()).contains("Thérèse");
            return null;
        });
    }

    @Test
    void aVerifiedLineBecomesTheCompletionOfAPersonTheBatchIntroduced() {
        CourseFacts course = publishedCourse();
        inTransaction(em -> {
            Learner person = Learner.introduced("UN-1", "Aïcha Koné", "UNMISS", "police", NOW);
            em.persist(person);
            CourseVersion version = em.find(CourseVersion.class, course.versionId());
            TrainingRecord record = TrainingRecord.fromAttestation(person, version, LocalDate.of(2026, 10, 15), "sub-therese");
            em.persist(record);
            em.flush();
            assertThat(record.getMethod().name()).isEqualTo("ATTESTATION");
            assertThat(record.getRecordedBy()).isEqualTo("sub-therese");
            assertThat(person.getArrivalDate()).as("not arrived anywhere yet").isEmpty();
            return null;
        });
    }
}
