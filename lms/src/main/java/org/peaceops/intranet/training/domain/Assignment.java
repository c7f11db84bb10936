package org.peaceops.intranet.training.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

/**
 * A course a person owes, with its due-date rule. The due date depends on the person (arrival,
 * deployment) and may be extended with a reason; whether it is overdue is computed when asked. A
 * cancellation needs a reason; a completed or cancelled assignment does not change again.
 */
@Entity
@Table(name = "assignment", schema = "training")
public class Assignment {

    static final int MAX_REASON = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assignment_seq")
    @SequenceGenerator(name = "assignment_seq", sequenceName = "training.assignment_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "course_id")
    private Course course;

    @Column(name = "learner_subject", nullable = false, length = 255)
    private String learnerSubject;

    /** The rule that made it, if any (a relationship so the rule is written first). */
    @ManyToOne
    @JoinColumn(name = "rule_id", updatable = false)
    private AssignmentRule rule;

    @Enumerated(EnumType.STRING)
    @Column(name = "due_kind", nullable = false, length = 30)
    private DueDateRule.Kind dueKind;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Column(name = "due_days", nullable = false)
    private int dueDays;

    @Column(name = "extended_to")
    private LocalDate extendedTo;

    @Column(name = "extension_reason", length = MAX_REASON)
    private String extensionReason;

    @Column(name = "extended_by", length = 255)
    private String extendedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AssignmentOrigin origin;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AssignmentStatus status;

    @Column(name = "assigned_by", nullable = false, length = 255)
    private String assignedBy;

    @Column(name = "assigned_at", nullable = false)
    private LocalDateTime assignedAt;

    @Column(name = "closed_at")
    private LocalDateTime closedAt;

    @Column(name = "closed_by", length = 255)
    private String closedBy;

    @Column(name = "cancel_reason", length = MAX_REASON)
    private String cancelReason;

    protected Assignment() {
        // for JPA
    }

    private Assignment(Course course, String learnerSubject, DueDateRule due, AssignmentOrigin origin, String by,
            Instant at) {
        if (!course.isPublished()) {
            throw new TrainingRuleException("training.error.notPublished", "Only a published course can be assigned");
        }
        this.course = course;
        this.learnerSubject = Objects.requireNonNull(learnerSubject, "learnerSubject");
        this.dueKind = due.kind();
        this.dueDate = due.date().orElse(null);
        this.dueDays = due.days();
        this.origin = origin;
        this.status = AssignmentStatus.ACTIVE;
        this.assignedBy = Objects.requireNonNull(by, "by");
        this.assignedAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    /** A trainer assigns a course to one person. */
    public static Assignment byTrainer(Course course, String learnerSubject, DueDateRule due, String trainer, Instant at) {
        return new Assignment(course, learnerSubject, due, AssignmentOrigin.TRAINER, trainer, at);
    }

    static Assignment fromRule(AssignmentRule rule, String learnerSubject, Instant at) {
        Assignment a = new Assignment(rule.getCourse(), learnerSubject, rule.due(), AssignmentOrigin.RULE,
                rule.getCreatedBy(), at);
        a.rule = rule;
        return a;
    }

    /** Owed by the system itself: a certificate nearing expiry, or guidance the person was trained on revised. */
    public static Assignment owed(Course course, String learnerSubject, LocalDate due, AssignmentOrigin origin, Instant at) {
        if (origin != AssignmentOrigin.RECERTIFICATION && origin != AssignmentOrigin.GUIDANCE_REVISED) {
            throw new IllegalArgumentException("Not a system origin: " + origin);
        }
        return new Assignment(course, learnerSubject, DueDateRule.on(due), origin, "system", at);
    }

    public DueDateRule rule() {
        return DueDateRule.of(dueKind, dueDate, dueDays);
    }

    /** The due date for this person: an extension wins over the rule. Empty while it cannot be known yet. */
    public Optional<LocalDate> dueDate(Learner learner) {
        if (extendedTo != null) {
            return Optional.of(extendedTo);
        }
        return learner == null ? rule().dueDate(Optional.empty(), Optional.empty())
                : rule().dueDate(learner.getArrivalDate(), learner.getDeploymentDate());
    }

    /** Overdue: still owed, and the due day has ended where the person serves. Never stored. */
    public boolean isOverdue(Learner learner, Instant now) {
        return status == AssignmentStatus.ACTIVE
                && DueDateRule.isOverdue(dueDate(learner), now, MissionTimeZones.of(learner == null ? null : learner.getMission()));
    }

    public void cancel(String reason, String by, Instant at) {
        requireActive();
        requireSomeoneElse(by);
        this.cancelReason = requiredReason(reason);
        close(AssignmentStatus.CANCELLED, by, at);
    }

    /** A later due date, with the reason; an extension that brings the date forward is refused. */
    public void extend(LocalDate newDue, String reason, Learner learner, String by) {
        requireActive();
        requireSomeoneElse(by);
        Objects.requireNonNull(newDue, "newDue");
        Optional<LocalDate> current = dueDate(learner);
        if (current.isPresent() && !newDue.isAfter(current.get())) {
            throw new TrainingRuleException("training.error.extendEarlier",
                    "An extension must move the due date later than " + current.get());
        }
        this.extensionReason = requiredReason(reason);
        this.extendedTo = newDue;
        this.extendedBy = Objects.requireNonNull(by, "by");
    }

    /** The course was completed: the assignment is met. */
    public void complete(Instant at) {
        if (status == AssignmentStatus.ACTIVE) {
            close(AssignmentStatus.COMPLETED, "system", at);
        }
    }

    /** A trainer does not release themself from training they owe: another trainer decides. */
    private void requireSomeoneElse(String by) {
        if (learnerSubject.equals(by)) {
            throw new TrainingRuleException("training.error.ownAssignment",
                    "A trainer does not cancel or extend their own assignment");
        }
    }

    private void close(AssignmentStatus to, String by, Instant at) {
        this.status = to;
        this.closedBy = Objects.requireNonNull(by, "by");
        this.closedAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    private void requireActive() {
        if (status != AssignmentStatus.ACTIVE) {
            throw new TrainingRuleException("training.error.closed", "Assignment " + id + " is " + status);
        }
    }

    private static String requiredReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new TrainingRuleException("training.error.reason", "A reason is required");
        }
        if (reason.strip().length() > MAX_REASON) {
            throw new TrainingRuleException("training.error.reasonLength", "A reason is limited to 500 characters");
        }
        return reason.strip();
    }

    public Long getId() {
        return id;
    }

    public Course getCourse() {
        return course;
    }

    public String getLearnerSubject() {
        return learnerSubject;
    }

    public Optional<Long> getRuleId() {
        return Optional.ofNullable(rule).map(AssignmentRule::getId);
    }

    public AssignmentOrigin getOrigin() {
        return origin;
    }

    public AssignmentStatus getStatus() {
        return status;
    }

    public String getAssignedBy() {
        return assignedBy;
    }

    public Instant getAssignedAt() {
        return assignedAt.toInstant(ZoneOffset.UTC);
    }

    public Optional<LocalDate> getExtendedTo() {
        return Optional.ofNullable(extendedTo);
    }

    public String getExtensionReason() {
        return extensionReason;
    }

    public String getExtendedBy() {
        return extendedBy;
    }

    public String getCancelReason() {
        return cancelReason;
    }
}
