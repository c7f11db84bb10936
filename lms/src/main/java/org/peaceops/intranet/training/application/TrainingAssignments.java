package org.peaceops.intranet.training.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.shared.MissionScope;
import org.peaceops.intranet.shared.audit.AuditAction;
import org.peaceops.intranet.shared.audit.AuditTrail;
import org.peaceops.intranet.training.domain.Assignment;
import org.peaceops.intranet.training.domain.AssignmentRepository;
import org.peaceops.intranet.training.domain.AssignmentRule;
import org.peaceops.intranet.training.domain.Course;
import org.peaceops.intranet.training.domain.CourseRepository;
import org.peaceops.intranet.training.domain.DueDateRule;
import org.peaceops.intranet.training.domain.Learner;
import org.peaceops.intranet.training.domain.LearnerRepository;

/**
 * Assigning training: to chosen people, or by a rule (mission and/or category) that also reaches
 * people who arrive later; cancelling or extending with a reason. Trainers act within their missions.
 */
@Stateless
@Interceptors(TrainingRulesAsApplicationExceptions.class)
public class TrainingAssignments {

    private static final Logger LOG = Logger.getLogger(TrainingAssignments.class.getName());
    static final int SEARCH_LIMIT = 20;

    @Inject
    CourseRepository courses;

    @Inject
    LearnerRepository learners;

    @Inject
    AssignmentRepository assignments;

    @Inject
    TrainingAccess access;

    @Inject
    AuditTrail audit;

    private final Clock clock = Clock.systemUTC();

    /**
     * Called at each sign-in: keeps the learner's mission, category and arrival date current, and
     * applies every rule that now reaches them (someone who arrived after the rule was made gets it
     * here). Its own transaction, so a failure never blocks the sign-in.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int learnerSeen(Caller user) {
        return learnerSeen(user, null);
    }

    /**
     * As {@link #learnerSeen(Caller)}, with the personnel number the identity provider gives (null or
     * blank: none). A learner an attestation introduced under that number before the person ever signed
     * in becomes this person: their attested completions move into the record they see.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int learnerSeen(Caller user, String personnelNumber) {
        Instant now = clock.instant();
        boolean numbered = personnelNumber != null && !personnelNumber.isBlank();
        if (numbered) {
            learners.findByPersonnelNumber(personnelNumber.strip())
                    .filter(introduced -> !introduced.getSubject().equals(user.subject()))
                    .ifPresent(introduced -> adopt(introduced, user));
        }
        Learner learner = learners.find(user.subject()).orElseGet(() -> {
            Learner created = new Learner(user.subject(), user.displayName(), user.mission(), user.category().code());
            // seen before it is added: adding refreshes the standing, which writes the row at once
            created.seen(user.displayName(), user.mission(), user.category().code(), now);
            learners.add(created);
            return created;
        });
        learner.identify(personnelNumber);
        learner.seen(user.displayName(), user.mission(), user.category().code(), now);
        learners.standingChanged(learner.getSubject()); // the mission or category may have changed
        int assigned = 0;
        for (AssignmentRule rule : assignments.activeRules()) {
            assigned += applyRule(rule, learner, now) ? 1 : 0;
        }
        return assigned;
    }

    private void adopt(Learner introduced, Caller user) {
        String provisional = introduced.getSubject();
        learners.adopt(provisional, user.subject());
        audit.record(user.subject(), AuditAction.TRAINING_LEARNER_RECOGNISED, "learner", user.subject(),
                "training introduced as " + provisional + " (personnel number "
                        + introduced.getPersonnelNumber().orElse("?") + ") moved to this person at sign-in");
    }

    private boolean applyRule(AssignmentRule rule, Learner learner, Instant now) {
        if (!rule.appliesTo(learner) || !rule.getCourse().isPublished()
                || assignments.assignedByRule(learner.getSubject(), rule.getId())
                || assignments.owes(learner.getSubject(), rule.getCourse().getId())) {
            return false;
        }
        assignments.add(rule.assign(learner, now));
        return true;
    }

    /**
     * Assigns the course to each chosen person not already owing it; returns how many were assigned.
     * An incomplete due date is refused before anything else is looked at.
     */
    public int assignPeople(Caller user, long courseId, List<String> subjects, DueDateInput dueInput) {
        DueDateRule due = dueInput.rule();
        Course course = course(courseId);
        access.requireCourseInScope(user, course);
        List<Learner> people = learners.findAll(subjects);
        if (people.size() != subjects.stream().distinct().count()) {
            throw new TrainingNotFoundException("learner");
        }
        people.forEach(p -> access.requireManage(user, p.getMission()));
        int assigned = 0;
        for (Learner person : people) {
            if (!assignments.owes(person.getSubject(), courseId)) {
                assignments.add(Assignment.byTrainer(course, person.getSubject(), due, user.subject(), clock.instant()));
                assigned++;
            }
        }
        int count = assigned;
        LOG.info(() -> user.subject() + " assigned " + course.getCode() + " to " + count + " people, due " + due);
        return assigned;
    }

    /**
     * "All police in UNMISS": makes the rule and applies it at once to everyone training already
     * knows in that scope. A rule for every mission needs a headquarters trainer.
     */
    public int assignByRule(Caller user, long courseId, String mission, String category, DueDateInput dueInput) {
        DueDateRule due = dueInput.rule();
        Course course = course(courseId);
        String m = mission == null || mission.isBlank() ? null : mission.strip();
        String c = category == null || category.isBlank() ? null : category.strip();
        access.requireCourseInScope(user, course);
        access.requireManage(user, m);
        Instant now = clock.instant();
        AssignmentRule rule = new AssignmentRule(course, m, c, due, user.subject(), now);
        assignments.addRule(rule);
        int assigned = 0;
        for (Learner learner : learners.inScope(m, c)) {
            if (!assignments.owes(learner.getSubject(), courseId)) {
                assignments.add(rule.assign(learner, now));
                assigned++;
            }
        }
        int count = assigned;
        LOG.info(() -> user.subject() + " made a rule for " + course.getCode() + " (" + m + "/" + c + "), " + count
                + " assigned now");
        return assigned;
    }

    /** Cancels someone else's assignment with a reason; audited. */
    public void cancel(Caller user, long assignmentId, String reason) {
        Assignment assignment = managed(user, assignmentId);
        assignment.cancel(reason, user.subject(), clock.instant());
        learners.standingChanged(assignment.getLearnerSubject());
        audit.record(user.subject(), AuditAction.TRAINING_ASSIGNMENT_CANCELLED, "assignment",
                String.valueOf(assignmentId), assignment.getLearnerSubject() + " at " + assignment.getCourse().getCode()
                        + ": status ACTIVE -> " + assignment.getStatus() + "; reason: " + reason);
        LOG.info(() -> user.subject() + " cancelled assignment " + assignmentId + ": " + reason);
    }

    /** Moves someone else's due date later with a reason; audited with the date before and after. */
    public void extend(Caller user, long assignmentId, LocalDate newDue, String reason) {
        Assignment assignment = managed(user, assignmentId);
        Learner learner = learners.find(assignment.getLearnerSubject()).orElse(null);
        String before = assignment.dueDate(learner).map(LocalDate::toString).orElse("none");
        assignment.extend(newDue, reason, learner, user.subject());
        learners.standingChanged(assignment.getLearnerSubject());
        audit.record(user.subject(), AuditAction.TRAINING_ASSIGNMENT_EXTENDED, "assignment",
                String.valueOf(assignmentId), assignment.getLearnerSubject() + " at " + assignment.getCourse().getCode()
                        + ": due " + before + " -> " + newDue + "; reason: " + reason);
        LOG.info(() -> user.subject() + " extended assignment " + assignmentId + " to " + newDue + ": " + reason);
    }

    /** People the trainer may assign, by name. */
    public List<LearnerSummary> findLearners(Caller user, String text) {
        MissionScope managed = access.managedMissions(user);
        if (managed.isNone()) {
            return List.of();
        }
        // The repository reads no missions as every mission.
        return learners.search(text, managed.missions(), SEARCH_LIMIT).stream().map(LearnerSummary::of).toList();
    }

    /**
     * A trainer records when someone arrived in the mission or will deploy (relative due dates count from
     * them, so a corrected arrival moves every arrival-relative due date). A recorded arrival also brings
     * the mission's induction programme (its rules) to someone who never signed in, such as a person an
     * attestation batch introduced; rules already applied are not applied twice. Returns how many
     * assignments that made.
     */
    public int recordDates(Caller user, String subject, LocalDate arrival, LocalDate deployment) {
        Learner learner = learners.find(subject).orElseThrow(() -> new TrainingNotFoundException("learner"));
        access.requireManage(user, learner.getMission());
        learner.recordDates(arrival, deployment);
        learners.standingChanged(subject); // relative due dates moved
        int assigned = 0;
        if (arrival != null) {
            Instant now = clock.instant();
            for (AssignmentRule rule : assignments.activeRules()) {
                assigned += applyRule(rule, learner, now) ? 1 : 0;
            }
        }
        return assigned;
    }

    private Assignment managed(Caller user, long assignmentId) {
        Assignment assignment = assignments.find(assignmentId)
                .orElseThrow(() -> new TrainingNotFoundException("assignment " + assignmentId));
        access.requireCourseInScope(user, assignment.getCourse());
        String mission = learners.find(assignment.getLearnerSubject()).map(Learner::getMission).orElse(null);
        access.requireManage(user, mission);
        return assignment;
    }

    private Course course(long courseId) {
        return courses.find(courseId).orElseThrow(() -> new TrainingNotFoundException("course " + courseId));
    }
}
