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
 * "All police in UNMISS": a course assigned to everyone of a mission and/or category, now and later.
 * A person who arrives after the rule was made is assigned when training first sees them there.
 * No mission means every mission; no category means every category.
 */
@Entity
@Table(name = "assignment_rule", schema = "training")
public class AssignmentRule {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assignment_rule_seq")
    @SequenceGenerator(name = "assignment_rule_seq", sequenceName = "training.assignment_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "course_id")
    private Course course;

    @Column(length = 20)
    private String mission;

    @Column(length = 20)
    private String category;

    @Enumerated(EnumType.STRING)
    @Column(name = "due_kind", nullable = false, length = 30)
    private DueDateRule.Kind dueKind;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Column(name = "due_days", nullable = false)
    private int dueDays;

    @Column(name = "created_by", nullable = false, length = 255)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(nullable = false)
    private boolean active = true;

    protected AssignmentRule() {
        // for JPA
    }

    public AssignmentRule(Course course, String mission, String category, DueDateRule due, String createdBy, Instant at) {
        if (!course.isPublished()) {
            throw new TrainingRuleException("training.error.notPublished", "Only a published course can be assigned");
        }
        this.course = course;
        this.mission = blankToNull(mission);
        this.category = blankToNull(category);
        this.dueKind = due.kind();
        this.dueDate = due.date().orElse(null);
        this.dueDays = due.days();
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.createdAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public boolean appliesTo(Learner learner) {
        return active && (mission == null || mission.equals(learner.getMission()))
                && (category == null || category.equals(learner.getCategory()));
    }

    /**
     * Part of a mission's induction programme: an active rule due so many days after arrival that
     * reaches people of that mission (a rule for every mission reaches it too).
     */
    public boolean isInductionFor(String missionCode) {
        return active && dueKind == DueDateRule.Kind.DAYS_AFTER_ARRIVAL && (mission == null || mission.equals(missionCode));
    }

    /** The assignment this rule owes a person it applies to. */
    public Assignment assign(Learner learner, Instant at) {
        if (!appliesTo(learner)) {
            throw new IllegalArgumentException("Rule " + id + " does not apply to " + learner.getSubject());
        }
        return Assignment.fromRule(this, learner.getSubject(), at);
    }

    public void deactivate() {
        active = false;
    }

    public DueDateRule due() {
        return DueDateRule.of(dueKind, dueDate, dueDays);
    }

    public Long getId() {
        return id;
    }

    public Course getCourse() {
        return course;
    }

    public Optional<String> getMission() {
        return Optional.ofNullable(mission);
    }

    public Optional<String> getCategory() {
        return Optional.ofNullable(category);
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public boolean isActive() {
        return active;
    }
}
