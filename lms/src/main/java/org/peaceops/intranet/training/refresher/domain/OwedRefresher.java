package org.peaceops.intranet.training.refresher.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import org.peaceops.intranet.training.domain.Course;
import org.peaceops.intranet.training.domain.GuidanceCitation;
import org.peaceops.intranet.training.domain.Learner;
import org.peaceops.intranet.training.domain.TrainingRecord;

/**
 * A person owes a refresher of a course because guidance they were trained on was revised: recorded when
 * the new version comes into force, with the course version and the guidance version they were trained
 * on. The refresher itself (an assignment with a due date) is made only once the updated course is
 * published, since before that there is nothing new to learn. Who and where are copied at that moment
 * so the list reads and filters without joins over a hundred thousand people.
 */
@Entity
@Table(name = "owed_refresher", schema = "training")
public class OwedRefresher {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "owed_refresher_seq")
    @SequenceGenerator(name = "owed_refresher_seq", sequenceName = "training.owed_refresher_seq", allocationSize = 50)
    private Long id;

    @Column(name = "learner_subject", nullable = false, length = 255)
    private String learnerSubject;

    @Column(name = "learner_name", nullable = false, length = 255)
    private String learnerName;

    @Column(nullable = false, length = 20)
    private String mission;

    @Column(nullable = false, length = 20)
    private String category;

    @Column(name = "course_id", nullable = false)
    private long courseId;

    @Column(name = "course_code", nullable = false, length = 40)
    private String courseCode;

    @Column(name = "course_title", nullable = false, length = 200)
    private String courseTitle;

    /** The course version the person completed. */
    @Column(name = "trained_version", nullable = false)
    private int trainedVersion;

    @Column(name = "document_id", nullable = false)
    private long documentId;

    @Column(name = "reference_number", nullable = false, length = 60)
    private String referenceNumber;

    /** The guidance version that course version cited. */
    @Column(name = "cited_version", nullable = false)
    private int citedVersion;

    /** The guidance version now in force, whose promulgation made the refresher owed. */
    @Column(name = "revised_version", nullable = false)
    private int revisedVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private RefresherState state;

    @Column(name = "owed_since", nullable = false)
    private LocalDateTime owedSince;

    @Column(name = "assignment_id")
    private Long assignmentId;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Column(name = "assigned_at")
    private LocalDateTime assignedAt;

    @Column(name = "assigned_by", length = 255)
    private String assignedBy;

    @Column(name = "completed_at")
    private LocalDateTime completedAt;

    protected OwedRefresher() {
        // for JPA
    }

    /**
     * What the person owes after {@code documentId} reached {@code revisedVersion}, from their latest record
     * of the course. The course decides the first state: one still teaching the old text waits for its
     * update; one already citing what is in force is ready to be assigned.
     */
    public static OwedRefresher from(TrainingRecord record, Learner learner, Course course, long documentId,
            int revisedVersion, Instant at) {
        GuidanceCitation cited = record.getCitations().stream()
                .filter(c -> c.citesOlderThan(documentId, revisedVersion)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("The record does not cite an older version of " + documentId));
        OwedRefresher owed = new OwedRefresher();
        owed.learnerSubject = record.getLearnerSubject();
        owed.learnerName = learner == null ? record.getLearnerName() : learner.getDisplayName();
        owed.mission = learner == null ? record.getMission() : learner.getMission();
        owed.category = learner == null ? record.getCategory() : learner.getCategory();
        owed.courseId = Objects.requireNonNull(course.getId(), "course id");
        owed.courseCode = course.getCode();
        owed.courseTitle = course.getTitleEn();
        owed.trainedVersion = record.getCourseVersionNumber();
        owed.documentId = documentId;
        owed.referenceNumber = cited.getReferenceNumber();
        owed.citedVersion = cited.getVersionNumber();
        owed.revisedVersion = revisedVersion;
        owed.owedSince = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
        owed.state = RefresherState.WAITING_FOR_COURSE;
        owed.courseUpdated(course);
        return owed;
    }

    /**
     * A version of the course was published: once the course is no longer flagged and its current version
     * no longer cites the document below the version in force, the refresher is ready (in confirm mode it
     * now waits for a trainer). A new version still teaching the old text leaves it waiting.
     */
    public boolean courseUpdated(Course course) {
        boolean teachesInForce = !course.isOutOfDate() && course.currentVersion().map(v -> v.getCitations().stream()
                .noneMatch(c -> c.citesOlderThan(documentId, revisedVersion))).orElse(false);
        if (state == RefresherState.WAITING_FOR_COURSE && teachesInForce) {
            state = RefresherState.WAITING_FOR_CONFIRMATION;
            return true;
        }
        return false;
    }

    /** Whether the refresher may be assigned now: the course teaches what is in force, nothing made yet. */
    public boolean readyToAssign() {
        return state == RefresherState.WAITING_FOR_CONFIRMATION;
    }

    /**
     * The refresher was assigned ({@code assignmentId} may be an assignment the person already had), due on
     * {@code due}. Only a ready refresher is assigned, and only once.
     */
    public void assigned(Long assignment, LocalDate due, String by, Instant at) {
        if (!readyToAssign()) {
            throw new IllegalStateException("Refresher " + id + " is " + state + ", not ready to assign");
        }
        this.assignmentId = assignment;
        this.dueDate = due;
        this.assignedBy = Objects.requireNonNull(by, "by");
        this.assignedAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
        this.state = RefresherState.ASSIGNED;
    }

    /**
     * A completion meets the refresher when it is of a later version of the course than the one the person
     * was trained on, and that version no longer teaches the document below the version in force (it cites
     * that version or a later one, or no longer cites the document); completing the old text again does not.
     */
    public boolean metBy(TrainingRecord record, Instant at) {
        boolean meets = state.open() && record.getLearnerSubject().equals(learnerSubject) && record.getCourseId() == courseId
                && record.getCourseVersionNumber() > trainedVersion
                && record.getCitations().stream().noneMatch(c -> c.citesOlderThan(documentId, revisedVersion));
        if (meets) {
            state = RefresherState.COMPLETED;
            completedAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
        }
        return meets;
    }

    public Long getId() {
        return id;
    }

    public String getLearnerSubject() {
        return learnerSubject;
    }

    public String getLearnerName() {
        return learnerName;
    }

    public String getMission() {
        return mission;
    }

    public String getCategory() {
        return category;
    }

    public long getCourseId() {
        return courseId;
    }

    public String getCourseCode() {
        return courseCode;
    }

    public String getCourseTitle() {
        return courseTitle;
    }

    public int getTrainedVersion() {
        return trainedVersion;
    }

    public long getDocumentId() {
        return documentId;
    }

    public String getReferenceNumber() {
        return referenceNumber;
    }

    public int getCitedVersion() {
        return citedVersion;
    }

    public int getRevisedVersion() {
        return revisedVersion;
    }

    public RefresherState getState() {
        return state;
    }

    public Instant getOwedSince() {
        return owedSince.toInstant(ZoneOffset.UTC);
    }

    public Optional<Long> getAssignmentId() {
        return Optional.ofNullable(assignmentId);
    }

    public Optional<LocalDate> getDueDate() {
        return Optional.ofNullable(dueDate);
    }

    public Optional<Instant> getAssignedAt() {
        return Optional.ofNullable(assignedAt).map(t -> t.toInstant(ZoneOffset.UTC));
    }

    public String getAssignedBy() {
        return assignedBy;
    }
}
