package org.peaceops.intranet.training.refresher.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.shared.MissionScope;
import org.peaceops.intranet.shared.audit.AuditAction;
import org.peaceops.intranet.shared.refusal.AccessDenied;
import org.peaceops.intranet.shared.audit.AuditTrail;
import org.peaceops.intranet.training.application.TrainingAccess;
import org.peaceops.intranet.training.application.TrainingNotFoundException;
import org.peaceops.intranet.training.application.TrainingRulesAsApplicationExceptions;
import org.peaceops.intranet.training.domain.Assignment;
import org.peaceops.intranet.training.domain.AssignmentOrigin;
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
import org.peaceops.intranet.training.refresher.domain.RefresherMode;
import org.peaceops.intranet.training.refresher.domain.RefresherState;

/**
 * Who owes a refresher, and when it is assigned. A revision of cited guidance records, per person and
 * course, the version they were trained on; the refresher (an assignment due
 * {@code intranet.training.refresher-days} after it is made) follows the publication of the updated
 * course: at once in {@code automatic} mode, after a trainer confirms in {@code confirm} mode.
 */
@Stateless
@Interceptors(TrainingRulesAsApplicationExceptions.class)
public class Refreshers {

    private static final Logger LOG = Logger.getLogger(Refreshers.class.getName());

    /** Learners read together: an IN list PostgreSQL and H2 take comfortably. */
    private static final int CHUNK = 1000;

    @Inject
    OwedRefresherRepository owed;

    @Inject
    CourseRepository courses;

    @Inject
    RecordRepository records;

    @Inject
    LearnerRepository learners;

    @Inject
    AssignmentRepository assignments;

    @Inject
    TrainingAccess access;

    @Inject
    AuditTrail audit;

    /** Days a person has for a refresher, counted from the day it is assigned (not from the revision). */
    @Inject
    @ConfigProperty(name = "intranet.training.refresher-days", defaultValue = "90")
    int refresherDays;

    /** {@code automatic}: refreshers assigned when the updated course is published; {@code confirm}: by a trainer. */
    @Inject
    @ConfigProperty(name = "intranet.training.refresher-mode", defaultValue = "automatic")
    String mode;

    Clock clock = Clock.systemUTC();

    public RefresherMode mode() {
        return RefresherMode.of(mode);
    }

    /**
     * Version {@code versionNumber} of the document is in force: everyone whose latest record of a course
     * cites an older version, and who has not been trained on this one, owes a refresher of that course
     * (once: an open refresher of the same course is not doubled). Courses already teaching the version in
     * force are ready at once. Call after the courses are flagged out of date.
     */
    public int owedAfterRevision(long documentId, int versionNumber) {
        Instant now = clock.instant();
        Set<String> upToDate = records.trainedOnAtLeast(documentId, versionNumber);
        Map<String, TrainingRecord> latest = new LinkedHashMap<>();
        for (TrainingRecord record : records.citingOlderThan(documentId, versionNumber)) {
            String key = key(record.getLearnerSubject(), record.getCourseId());
            if (!upToDate.contains(key)) {
                latest.merge(key, record, (a, b) -> b.getCourseVersionNumber() > a.getCourseVersionNumber() ? b : a);
            }
        }
        Map<Long, Optional<Course>> byId = new HashMap<>();
        latest.values().forEach(r -> byId.computeIfAbsent(r.getCourseId(), courses::find));
        Set<String> open = owed.openKeys(byId.keySet());
        Map<String, Learner> people = people(latest.values().stream().map(TrainingRecord::getLearnerSubject).toList());
        int recorded = 0;
        List<OwedRefresher> ready = new ArrayList<>();
        for (Map.Entry<String, TrainingRecord> entry : latest.entrySet()) {
            TrainingRecord record = entry.getValue();
            Course course = byId.get(record.getCourseId()).orElse(null);
            if (course == null || !course.isPublished() || open.contains(entry.getKey())) {
                continue; // a retired course owes nobody anything; an open refresher is enough
            }
            OwedRefresher refresher = OwedRefresher.from(record, people.get(record.getLearnerSubject()), course,
                    documentId, versionNumber, now);
            owed.add(refresher);
            recorded++;
            if (refresher.readyToAssign()) {
                ready.add(refresher);
            }
        }
        int assigned = mode() == RefresherMode.AUTOMATIC ? assignAll(ready, "system", now) : 0;
        int r = recorded;
        LOG.info(() -> "Guidance " + documentId + " v" + versionNumber + ": " + r + " refresher(s) owed, "
                + assigned + " assigned at once");
        return recorded;
    }

    /**
     * A new version of the course is published and no longer out of date: its waiting refreshers whose
     * guidance it now teaches at the version in force are ready, and assigned now in {@code automatic} mode.
     */
    public int coursePublished(Course course, String by) {
        if (course.isOutOfDate() || !course.isPublished()) {
            return 0;
        }
        List<OwedRefresher> ready = owed.ofCourse(course.getId(), RefresherState.WAITING_FOR_COURSE, List.of()).stream()
                .filter(o -> o.courseUpdated(course)).toList();
        if (mode() != RefresherMode.AUTOMATIC) {
            LOG.info(() -> course.getCode() + " published: " + ready.size() + " refresher(s) wait for confirmation");
            return 0;
        }
        int assigned = assignAll(ready, by, clock.instant());
        LOG.info(() -> course.getCode() + " published: " + assigned + " refresher(s) assigned");
        return assigned;
    }

    /**
     * A trainer confirms the refreshers of a course that wait for them, for the people of the missions they
     * manage; audited with the number of people.
     */
    public int confirm(Caller user, long courseId) {
        MissionScope scope = access.managedMissions(user);
        if (scope.isNone()) {
            throw new AccessDenied("training.error.denied", "Refreshers are for those who manage training");
        }
        Course course = courses.find(courseId).orElseThrow(() -> new TrainingNotFoundException("course " + courseId));
        access.requireCourseInScope(user, course);
        List<OwedRefresher> ready = owed.ofCourse(courseId, RefresherState.WAITING_FOR_CONFIRMATION,
                scope.isEveryMission() ? List.of() : scope.missions());
        int assigned = assignAll(ready, user.subject(), clock.instant());
        audit.record(user.subject(), AuditAction.TRAINING_REFRESHERS_CONFIRMED, "course", String.valueOf(courseId),
                course.getCode() + ": " + assigned + " refresher(s) assigned, due in " + refresherDays + " days");
        return assigned;
    }

    /**
     * Makes the assignments, due {@code refresherDays} after today (UTC, as the other system assignments).
     * A person who already has an active assignment of the course gets no second one: the refresher points
     * at the one they have.
     */
    private int assignAll(List<OwedRefresher> ready, String by, Instant now) {
        LocalDate due = LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(refresherDays);
        Map<Long, Optional<Course>> byId = new HashMap<>();
        int made = 0;
        for (OwedRefresher refresher : ready) {
            if (!refresher.readyToAssign()) {
                continue;
            }
            Course course = byId.computeIfAbsent(refresher.getCourseId(), courses::find).orElse(null);
            if (course == null || !course.isPublished()) {
                continue;
            }
            Optional<Assignment> existing = assignments.owes(refresher.getLearnerSubject(), course.getId())
                    ? assignments.ofLearner(refresher.getLearnerSubject()).stream()
                            .filter(a -> a.getStatus() == AssignmentStatus.ACTIVE && a.getCourse().getId().equals(course.getId()))
                            .findFirst()
                    : Optional.empty();
            if (existing.isPresent()) {
                Learner learner = learners.find(refresher.getLearnerSubject()).orElse(null);
                refresher.assigned(existing.get().getId(), existing.get().dueDate(learner).orElse(null), by, now);
                continue;
            }
            Assignment assignment = Assignment.owed(course, refresher.getLearnerSubject(), due,
                    AssignmentOrigin.GUIDANCE_REVISED, now);
            assignments.add(assignment);
            refresher.assigned(assignment.getId(), due, by, now);
            made++;
        }
        return made;
    }

    private Map<String, Learner> people(List<String> subjects) {
        Map<String, Learner> found = new HashMap<>();
        List<String> distinct = subjects.stream().distinct().toList();
        for (int i = 0; i < distinct.size(); i += CHUNK) {
            learners.findAll(distinct.subList(i, Math.min(distinct.size(), i + CHUNK)))
                    .forEach(l -> found.put(l.getSubject(), l));
        }
        return found;
    }

    static String key(String subject, long courseId) {
        return subject + "/" + courseId;
    }
}
