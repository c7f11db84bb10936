package org.peaceops.intranet.training.refresher.application;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.peaceops.intranet.identity.application.AccessControl;
import org.peaceops.intranet.shared.audit.AuditRecord;
import org.peaceops.intranet.shared.audit.AuditTrail;
import org.peaceops.intranet.training.application.TrainingAccess;
import org.peaceops.intranet.training.domain.Assignment;
import org.peaceops.intranet.training.domain.AssignmentRepository;
import org.peaceops.intranet.training.domain.AssignmentStatus;
import org.peaceops.intranet.training.domain.Course;
import org.peaceops.intranet.training.domain.CourseRepository;
import org.peaceops.intranet.training.domain.Learner;
import org.peaceops.intranet.training.domain.LearnerRepository;
import org.peaceops.intranet.training.domain.RecordRepository;
import org.peaceops.intranet.training.domain.TrainingRecord;
import org.peaceops.intranet.training.refresher.domain.OwedRefresher;
import org.peaceops.intranet.training.refresher.domain.OwedRefresherRepository;
import org.peaceops.intranet.training.refresher.domain.RefresherState;

/**
 * Courses, learners, records, assignments and owed refreshers in memory, behind the repository interfaces
 * the refresher service uses (any other call fails the test loudly), and the service wired to them.
 */
final class TrainingWorld {

    static final Instant NOW = Instant.parse("2026-11-20T09:00:00Z");

    final Map<Long, Course> courses = new HashMap<>();
    final Map<String, Learner> learners = new HashMap<>();
    final List<TrainingRecord> records = new ArrayList<>();
    final List<Assignment> assignments = new ArrayList<>();
    final List<OwedRefresher> owed = new ArrayList<>();
    final List<AuditRecord> audit = new ArrayList<>();
    private long ids = 1000;

    @SuppressWarnings("unchecked")
    static <T> T fake(Class<T> type, Map<String, Function<Object[], Object>> answers) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            Function<Object[], Object> answer = answers.get(method.getName());
            if (answer == null) {
                throw new UnsupportedOperationException(method.getName());
            }
            return answer.apply(args);
        });
    }

    static void setId(Object entity, long id) {
        try {
            var field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    Refreshers service(String mode) {
        Refreshers service = new Refreshers();
        service.mode = mode;
        service.refresherDays = 90;
        service.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        service.courses = fake(CourseRepository.class, Map.of("find", a -> Optional.ofNullable(courses.get((Long) a[0]))));
        service.learners = fake(LearnerRepository.class, Map.of(
                "find", a -> Optional.ofNullable(learners.get((String) a[0])),
                "findAll", a -> ((Collection<?>) a[0]).stream().map(learners::get).filter(l -> l != null).toList()));
        service.records = fake(RecordRepository.class, Map.of(
                "citingOlderThan", a -> records.stream().filter(r -> r.getCitations().stream()
                        .anyMatch(c -> c.citesOlderThan((long) a[0], (int) a[1]))).toList(),
                "trainedOnAtLeast", a -> records.stream().filter(r -> r.getCitations().stream()
                        .anyMatch(c -> c.getDocumentId() == (long) a[0] && c.getVersionNumber() >= (int) a[1]))
                        .map(r -> r.getLearnerSubject() + "/" + r.getCourseId()).collect(Collectors.toSet())));
        service.assignments = fake(AssignmentRepository.class, Map.of(
                "owes", a -> assignments.stream().anyMatch(x -> x.getLearnerSubject().equals(a[0])
                        && x.getCourse().getId() == (long) a[1] && x.getStatus() == AssignmentStatus.ACTIVE),
                "ofLearner", a -> assignments.stream().filter(x -> x.getLearnerSubject().equals(a[0])).toList(),
                "add", a -> {
                    setId(a[0], ids++);
                    return assignments.add((Assignment) a[0]);
                }));
        service.owed = owedRepository();
        TrainingAccess access = new TrainingAccess();
        try {
            var field = TrainingAccess.class.getDeclaredField("access");
            field.setAccessible(true);
            field.set(access, new AccessControl());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        service.access = access;
        service.audit = new AuditTrail() {
            @Override
            public void record(AuditRecord line) {
                audit.add(line);
            }

            @Override
            public void record(String actor, org.peaceops.intranet.shared.audit.AuditAction action, String targetType,
                    String targetId, String detail) {
                audit.add(new AuditRecord(NOW, actor, action, targetType, targetId, detail));
            }
        };
        return service;
    }

    OwedRefresherRepository owedRepository() {
        return fake(OwedRefresherRepository.class, Map.of(
                "add", a -> {
                    setId(a[0], ids++);
                    return owed.add((OwedRefresher) a[0]);
                },
                "openKeys", a -> owed.stream().filter(o -> o.getState().open()
                        && ((Collection<?>) a[0]).contains(o.getCourseId()))
                        .map(o -> o.getLearnerSubject() + "/" + o.getCourseId()).collect(Collectors.toSet()),
                "ofCourse", a -> owed.stream().filter(o -> o.getCourseId() == (long) a[0] && o.getState() == a[1]
                        && (((List<?>) a[2]).isEmpty() || ((List<?>) a[2]).contains(o.getMission()))).toList(),
                "openOf", a -> owed.stream().filter(o -> o.getState().open() && o.getLearnerSubject().equals(a[0])
                        && o.getCourseId() == (long) a[1]).toList()));
    }

    /** The open refreshers, as {@code subject:state}. */
    Set<String> open() {
        return owed.stream().filter(o -> o.getState().open()).map(o -> o.getLearnerSubject() + ":" + o.getState())
                .collect(Collectors.toSet());
    }

    List<OwedRefresher> of(String subject) {
        return owed.stream().filter(o -> o.getLearnerSubject().equals(subject)).toList();
    }

    static RefresherState state(OwedRefresher o) {
        return o.getState();
    }
}
