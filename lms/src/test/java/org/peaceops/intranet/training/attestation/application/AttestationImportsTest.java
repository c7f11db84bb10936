package org.peaceops.intranet.training.attestation.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peaceops.intranet.identity.application.AccessControl;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.shared.PersonnelCategory;
import org.peaceops.intranet.shared.Role;
import org.peaceops.intranet.shared.audit.AuditAction;
import org.peaceops.intranet.shared.audit.AuditRecord;
import org.peaceops.intranet.shared.audit.AuditTrail;
import org.peaceops.intranet.shared.refusal.Conflict;
import org.peaceops.intranet.shared.refusal.NotFound;
import org.peaceops.intranet.training.application.Completions;
import org.peaceops.intranet.training.application.TrainingAccess;
import org.peaceops.intranet.training.attestation.domain.Attestation;
import org.peaceops.intranet.training.attestation.domain.AttestationBatch;
import org.peaceops.intranet.training.attestation.domain.AttestationKey;
import org.peaceops.intranet.training.attestation.domain.AttestationRepository;
import org.peaceops.intranet.training.attestation.domain.AttestationRow;
import org.peaceops.intranet.training.attestation.domain.BatchStatus;
import org.peaceops.intranet.training.domain.Certificate;
import org.peaceops.intranet.training.domain.Course;
import org.peaceops.intranet.training.domain.CourseRepository;
import org.peaceops.intranet.training.domain.CourseVersion;
import org.peaceops.intranet.training.domain.Learner;
import org.peaceops.intranet.training.domain.LearnerRepository;
import org.peaceops.intranet.training.domain.TrainingPhase;
import org.peaceops.intranet.training.domain.TrainingRecord;
import org.peaceops.intranet.training.domain.TrainingRuleException;

/**
 * The use case with the real check and access policy over in-memory storage: a file with a bad line
 * stores nothing; a clean one becomes one pending batch; four eyes on the decision, audited; the
 * verified lines become completions of people the batch introduced; a stale decision is told.
 */
class AttestationImportsTest {

    private static final Caller INGRID = new Caller("sub-ingrid", "trainer", "Ingrid Larsen", Set.of(Role.TRAINER),
            "UNMISS", PersonnelCategory.MILITARY);
    private static final Caller THERESE = new Caller("sub-therese", "trainer2", "Thérèse Formatrice",
            Set.of(Role.TRAINER), "UNMISS", PersonnelCategory.POLICE);
    private static final Caller KOFI = new Caller("sub-kofi", "trainer3", "Kofi Mensah", Set.of(Role.TRAINER),
            "MINUSCA", PersonnelCategory.POLICE);

    private final Map<Long, AttestationBatch> batches = new HashMap<>();
    private final List<Attestation> lines = new ArrayList<>();
    private final Map<String, Learner> learners = new HashMap<>();
    private final List<TrainingRecord> completed = new ArrayList<>();
    private final List<AuditRecord> audit = new ArrayList<>();
    private List<List<String>> file;
    private AttestationImports service;
    private AttestationUpload upload;

    @SuppressWarnings("unchecked")
    private static <T> T fake(Class<T> type, Map<String, Function<Object[], Object>> answers) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (p, m, a) -> {
            Function<Object[], Object> answer = answers.get(m.getName());
            if (answer == null) {
                throw new UnsupportedOperationException(m.getName());
            }
            return answer.apply(a);
        });
    }

    private static void set(Object target, Class<?> owner, String field, Object value) throws Exception {
        var f = owner.getDeclaredField(field);
        f.setAccessible(true);
        f.set(target, value);
    }

    @BeforeEach
    void wire() throws Exception {
        Course course = new Course("PDT-CORE", "Core pre-deployment training", null, TrainingPhase.PRE_DEPLOYMENT);
        CourseVersion version = course.openDraft();
        version.addLesson(version.addModule("Foundations"), "First", "<p>One</p>");
        course.publish(Instant.parse("2026-01-01T00:00:00Z"), "hq-trainer");
        set(course, Course.class, "id", 1L);
        set(version, CourseVersion.class, "id", 11L);

        service = new AttestationImports();
        service.courses = fake(CourseRepository.class, Map.of("published", a -> List.of(course),
                "findVersion", a -> Optional.of(version)));
        service.learners = fake(LearnerRepository.class, Map.of(
                "findAll", a -> ((Collection<String>) a[0]).stream().map(learners::get).filter(l -> l != null).toList(),
                "find", a -> Optional.ofNullable(learners.get((String) a[0])),
                "findByPersonnelNumber", a -> learners.values().stream()
                        .filter(l -> l.getPersonnelNumber().filter(a[0]::equals).isPresent()).findFirst(),
                "findByIdentifiers", a -> ((Collection<String>) a[0]).stream().filter(learners::containsKey)
                        .collect(java.util.stream.Collectors.toMap(id -> id, learners::get)),
                "add", a -> learners.put(((Learner) a[0]).getSubject(), (Learner) a[0])));
        service.attestations = new Memory();
        service.files = new AttestationFiles() {
            @Override
            public void read(AttestationUpload u, Consumer<AttestationRow> rows) {
                for (int i = 0; i < file.size(); i++) {
                    rows.accept(new AttestationRow(i + 2, file.get(i)));
                }
            }

            @Override
            public void template(String format, OutputStream out) {
            }
        };
        TrainingAccess access = new TrainingAccess();
        set(access, TrainingAccess.class, "access", new AccessControl());
        service.access = access;
        service.completions = new Completions() {
            @Override
            public Certificate complete(TrainingRecord record, Optional<Integer> validityMonths, Instant at) {
                completed.add(record);
                return null;
            }
        };
        service.audit = new AuditTrail() {
            @Override
            public void record(AuditRecord line) {
                audit.add(line);
            }

            @Override
            public void record(String actor, AuditAction action, String targetType, String targetId, String detail) {
                audit.add(new AuditRecord(Instant.now(), actor, action, targetType, targetId, detail));
            }
        };
        service.maxBytes = 1 << 20;
        upload = AttestationUpload.receive("fpu.csv", new ByteArrayInputStream(new byte[] {1}), 10);
    }

    @AfterEach
    void delete() {
        upload.close();
    }

    private static List<String> line(String person, String date) {
        return List.of(person, "Aïcha Koné", "police", "SEN", "PDT-CORE", date, "Dakar police school");
    }

    private long importedBatch() {
        file = List.of(line("UN-1", "2026-10-15"), line("UN-2", "2026-10-15"));
        ImportOutcome outcome = service.importBatch(INGRID, upload, true);
        assertThat(outcome.isStored()).isTrue();
        return outcome.batch().id();
    }

    @Test
    void aFileWithOneBadLineStoresNothingAndSaysWhichLine() {
        file = List.of(line("UN-1", "2026-10-15"), line("UN-2", "2099-01-01"));

        ImportOutcome outcome = service.importBatch(INGRID, upload, true);

        assertThat(outcome.isStored()).isFalse();
        assertThat(outcome.report().problems()).singleElement().extracting(l -> l.line()).isEqualTo(3);
        assertThat(batches).isEmpty();
        assertThat(lines).isEmpty();
        assertThat(audit).isEmpty();
    }

    @Test
    void aCleanFileIsOnePendingBatchOfTheUploadersMissionAudited() {
        long id = importedBatch();

        assertThat(batches.get(id).getStatus()).isEqualTo(BatchStatus.PENDING);
        assertThat(batches.get(id).getMission()).isEqualTo("UNMISS");
        assertThat(lines).extracting(Attestation::getLineNumber).containsExactly(2, 3);
        assertThat(audit).extracting(AuditRecord::action).containsExactly(AuditAction.TRAINING_ATTESTATIONS_IMPORTED);
        assertThat(service.batch(THERESE, id).mayDecide()).isTrue();
        assertThat(service.batch(INGRID, id).mayDecide()).as("not the uploader's to decide").isFalse();
    }

    @Test
    void theUploaderIsRefusedAndASecondTrainerOfTheMissionVerifiesIntoCompletions() {
        long id = importedBatch();
        int version = service.batch(INGRID, id).version();

        assertThatThrownBy(() -> service.verify(INGRID, id, version)).isInstanceOf(TrainingRuleException.class)
                .hasFieldOrPropertyWithValue("key", "attestation.error.fourEyes");
        assertThat(completed).isEmpty();
        assertThatThrownBy(() -> service.verify(KOFI, id, version)).as("another mission's batch").isInstanceOf(NotFound.class);

        BatchView verified = service.verify(THERESE, id, version);

        assertThat(verified.status()).isEqualTo("VERIFIED");
        assertThat(completed).extracting(TrainingRecord::getLearnerSubject).containsExactly("UN-1", "UN-2");
        assertThat(completed).allSatisfy(r -> assertThat(r.getRecordedBy()).isEqualTo("sub-therese"));
        assertThat(learners).containsOnlyKeys("UN-1", "UN-2");
        assertThat(learners.get("UN-1").getMission()).isEqualTo("UNMISS");
        assertThat(audit).extracting(AuditRecord::action).containsExactly(AuditAction.TRAINING_ATTESTATIONS_IMPORTED,
                AuditAction.TRAINING_ATTESTATIONS_VERIFIED);
        assertThat(audit.get(1).actorSubject()).isEqualTo("sub-therese");
    }

    @Test
    void aDecisionOnABatchAlreadyDecidedOrOnAnOlderVersionIsToldItLost() {
        long id = importedBatch();
        int version = service.batch(INGRID, id).version();

        assertThatThrownBy(() -> service.reject(THERESE, id, version + 1, "stale")).isInstanceOf(Conflict.class);
        service.reject(THERESE, id, version, "Wrong centre on line 3");
        assertThatThrownBy(() -> service.verify(THERESE, id, version)).isInstanceOf(Conflict.class);
        assertThat(completed).isEmpty();
        assertThat(service.batch(INGRID, id).rejectionReason()).isEqualTo("Wrong centre on line 3");
    }

    /** Batches and lines in memory; attested keys from batches not rejected. */
    private final class Memory implements AttestationRepository {
        private long next = 100;

        @Override
        public void add(AttestationBatch batch) {
            try {
                set(batch, AttestationBatch.class, "id", next++);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            batches.put(batch.getId(), batch);
        }

        @Override
        public void addLines(List<Attestation> chunk) {
            lines.addAll(chunk);
        }

        @Override
        public Optional<AttestationBatch> find(long id) {
            return Optional.ofNullable(batches.get(id));
        }

        @Override
        public void flushDecision(AttestationBatch batch) {
        }

        @Override
        public List<AttestationBatch> batches(Collection<String> missions, int limit) {
            return List.copyOf(batches.values());
        }

        @Override
        public List<Attestation> lines(long batchId, int first, int max) {
            List<Attestation> of = lines.stream().filter(a -> a.getBatchId() == batchId).toList();
            return of.subList(Math.min(first, of.size()), Math.min(first + max, of.size()));
        }

        @Override
        public Set<AttestationKey> attested(Collection<AttestationKey> keys) {
            Set<AttestationKey> found = new HashSet<>();
            for (Attestation a : lines) {
                if (batches.get(a.getBatchId()).getStatus() != BatchStatus.REJECTED) {
                    found.add(new AttestationKey(a.getPersonId(), a.getCourseId(), a.getCompletedOn()));
                }
            }
            found.retainAll(new HashSet<>(keys));
            return found;
        }
    }
}
