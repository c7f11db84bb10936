package org.peaceops.intranet.training.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.shared.audit.AuditAction;
import org.peaceops.intranet.shared.audit.AuditTrail;
import org.peaceops.intranet.shared.refusal.RuleBroken;
import org.peaceops.intranet.training.domain.Assignment;
import org.peaceops.intranet.training.domain.AssignmentRepository;
import org.peaceops.intranet.training.domain.AssignmentRule;
import org.peaceops.intranet.training.domain.AssignmentStatus;
import org.peaceops.intranet.training.domain.Learner;
import org.peaceops.intranet.training.domain.LearnerRepository;

/**
 * Induction on arrival (DOMAIN.md, Training): a mission's programme is its rules due so many days after
 * arrival; a trainer of the mission records when someone arrived, which assigns the programme (also to
 * someone who arrived after it was defined) and, when corrected, moves every arrival-relative due date,
 * since those are computed from the arrival, never stored.
 */
@Stateless
@Interceptors(TrainingRulesAsApplicationExceptions.class)
public class InductionProgrammes {

    /** An arrival further ahead than this is a typing error rather than a planned arrival. */
    static final int MAX_DAYS_AHEAD = 366;

    @Inject
    AssignmentRepository assignments;

    @Inject
    LearnerRepository learners;

    @Inject
    TrainingAccess access;

    @Inject
    TrainingAssignments training;

    @Inject
    AuditTrail audit;

    Clock clock = Clock.systemUTC();

    /**
     * The mission's programme, the soonest due first; no mission means the caller's own (for
     * headquarters, the rules that reach every mission).
     */
    public List<InductionStep> programme(Caller user, String mission) {
        String code = mission == null || mission.isBlank() ? user.mission() : mission.strip();
        access.requireManage(user, code);
        return rulesOf(code).stream().map(InductionStep::of).toList();
    }

    /** The person's induction as their trainer sees it. */
    public LearnerInduction learner(Caller user, String subject) {
        Learner learner = managedLearner(user, subject);
        List<Assignment> theirs = assignments.ofLearner(subject);
        Instant now = clock.instant();
        List<LearnerInduction.Item> items = rulesOf(learner.getMission()).stream().filter(r -> r.appliesTo(learner))
                .map(rule -> item(rule, learner, theirs.stream()
                        .filter(a -> a.getRuleId().filter(rule.getId()::equals).isPresent()).findFirst(), now))
                .toList();
        return new LearnerInduction(LearnerSummary.of(learner), items);
    }

    /**
     * Records (or corrects) the person's arrival in their mission and answers their induction as it now
     * stands. The deployment date recorded before is kept.
     */
    public LearnerInduction recordArrival(Caller user, String subject, LocalDate arrival) {
        if (arrival == null) {
            throw new RuleBroken("induction.arrival.required", "Give the date of arrival");
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC);
        if (arrival.isAfter(today.plusDays(MAX_DAYS_AHEAD))) {
            throw new RuleBroken("induction.arrival.tooFar", "An arrival more than a year ahead", MAX_DAYS_AHEAD);
        }
        Learner learner = managedLearner(user, subject);
        Optional<LocalDate> before = learner.getArrivalDate();
        int assigned = training.recordDates(user, subject, arrival, learner.getDeploymentDate().orElse(null));
        audit.record(user.subject(), AuditAction.TRAINING_ARRIVAL_RECORDED, "learner", subject,
                "arrival " + before.map(LocalDate::toString).orElse("none") + " -> " + arrival + ", " + assigned
                        + " assigned");
        return learner(user, subject);
    }

    private Learner managedLearner(Caller user, String subject) {
        Learner learner = learners.find(subject).orElseThrow(() -> new TrainingNotFoundException("learner"));
        if (!access.mayManage(user, learner.getMission())) {
            // Answered like a missing person: nobody learns who serves in a mission they do not manage.
            throw new TrainingNotFoundException("learner");
        }
        return learner;
    }

    private List<AssignmentRule> rulesOf(String mission) {
        return assignments.activeRules().stream().filter(r -> r.isInductionFor(mission))
                .sorted(Comparator.comparingInt((AssignmentRule r) -> r.due().days())
                        .thenComparing(r -> r.getCourse().getCode()))
                .toList();
    }

    private static LearnerInduction.Item item(AssignmentRule rule, Learner learner, Optional<Assignment> assignment,
            Instant now) {
        InductionStep step = InductionStep.of(rule);
        if (assignment.isEmpty()) {
            LocalDate due = rule.due().dueDate(learner.getArrivalDate(), learner.getDeploymentDate()).orElse(null);
            return new LearnerInduction.Item(step, due, LearnerInduction.Standing.NOT_ASSIGNED);
        }
        Assignment a = assignment.get();
        LearnerInduction.Standing standing = a.getStatus() == AssignmentStatus.COMPLETED ? LearnerInduction.Standing.COMPLETED
                : a.getStatus() == AssignmentStatus.CANCELLED ? LearnerInduction.Standing.CANCELLED
                : a.isOverdue(learner, now) ? LearnerInduction.Standing.OVERDUE : LearnerInduction.Standing.DUE;
        return new LearnerInduction.Item(step, a.dueDate(learner).orElse(null), standing);
    }
}
