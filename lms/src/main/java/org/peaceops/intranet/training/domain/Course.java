package org.peaceops.intranet.training.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A course of the catalogue and its versions. Learners take the latest published version; a trainer
 * changes a course by editing a draft version, and publishing it makes the next version. Records keep
 * the version they were earned on. A course is owned by a mission (or HQ): that is the scope in which
 * trainers may manage it.
 */
@Entity
@Table(name = "course", schema = "training")
public class Course {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "course_seq")
    @SequenceGenerator(name = "course_seq", sequenceName = "training.course_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @Column(name = "title_en", nullable = false, length = 200)
    private String titleEn;

    @Column(name = "title_fr", length = 200)
    private String titleFr;

    @Column(name = "description_en", length = 4000)
    private String descriptionEn;

    @Column(name = "description_fr", length = 4000)
    private String descriptionFr;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TrainingPhase phase;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CourseStatus status;

    /** Who the course is for, as free codes (categories and roles, e.g. "police, managers"). */
    @Column(length = 400)
    private String audience;

    @Column(name = "duration_minutes")
    private Integer durationMinutes;

    @Enumerated(EnumType.STRING)
    @Column(name = "delivery_mode", nullable = false, length = 20)
    private DeliveryMode deliveryMode = DeliveryMode.E_LEARNING;

    @Column(name = "owner_subject", length = 255)
    private String ownerSubject;

    @Column(name = "mission_scope", nullable = false, length = 20)
    private String missionScope = "HQ";

    /** Months a certificate stays valid; {@code null}: the course gives no certificate expiry. */
    @Column(name = "certificate_validity_months")
    private Integer certificateValidityMonths;

    @Column(name = "out_of_date", nullable = false)
    private boolean outOfDate;

    @Column(name = "out_of_date_reason", length = 400)
    private String outOfDateReason;

    @OneToMany(mappedBy = "course", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number")
    private List<CourseVersion> versions = new ArrayList<>();

    protected Course() {
        // for JPA
    }

    public Course(String code, String titleEn, String titleFr, TrainingPhase phase) {
        this.code = Objects.requireNonNull(code, "code");
        this.titleEn = Objects.requireNonNull(titleEn, "titleEn");
        this.titleFr = titleFr;
        this.phase = Objects.requireNonNull(phase, "phase");
        this.status = CourseStatus.DRAFT;
        versions.add(new CourseVersion(this, 1));
    }

    /** The catalogue entry: what a learner reads before starting. */
    public void describe(String titleEn, String titleFr, String descriptionEn, String descriptionFr,
            TrainingPhase phase, String audience, Integer durationMinutes, DeliveryMode mode,
            Integer certificateValidityMonths) {
        if (certificateValidityMonths != null && certificateValidityMonths <= 0) {
            throw new TrainingRuleException("training.error.validity", "Certificate validity must be positive");
        }
        if (durationMinutes != null && durationMinutes <= 0) {
            throw new TrainingRuleException("training.error.duration", "Duration must be positive");
        }
        this.titleEn = Objects.requireNonNull(titleEn, "titleEn");
        this.titleFr = titleFr;
        this.descriptionEn = descriptionEn;
        this.descriptionFr = descriptionFr;
        this.phase = Objects.requireNonNull(phase, "phase");
        this.audience = audience;
        this.durationMinutes = durationMinutes;
        this.deliveryMode = Objects.requireNonNull(mode, "mode");
        this.certificateValidityMonths = certificateValidityMonths;
    }

    public void ownedBy(String ownerSubject, String missionScope) {
        this.ownerSubject = ownerSubject;
        this.missionScope = Objects.requireNonNull(missionScope, "missionScope");
    }

    /** The version being edited, if any. */
    public Optional<CourseVersion> draft() {
        return versions.stream().filter(v -> !v.isPublished()).findFirst();
    }

    /** The version learners take now: the latest published one. */
    public Optional<CourseVersion> currentVersion() {
        CourseVersion current = null;
        for (CourseVersion v : versions) {
            if (v.isPublished()) {
                current = v;
            }
        }
        return Optional.ofNullable(current);
    }

    /** The draft to edit: the open one, or a new version starting as a copy of the current one. */
    public CourseVersion openDraft() {
        if (status == CourseStatus.RETIRED) {
            throw new TrainingRuleException("training.error.retired", "A retired course does not change: " + code);
        }
        return draft().orElseGet(() -> {
            CourseVersion current = currentVersion().orElseThrow();
            CourseVersion next = current.copyAs(current.getNumber() + 1);
            versions.add(next);
            return next;
        });
    }

    /**
     * Publishes the draft as the new current version. A course needs at least one lesson to be
     * published; publishing again with no draft open changes nothing. A new version clears the
     * out-of-date flag: the trainer has reviewed what it cites.
     */
    public CourseVersion publish(Instant at, String by) {
        if (status == CourseStatus.RETIRED) {
            throw new TrainingRuleException("training.error.retired", "A retired course cannot be published again: " + code);
        }
        Optional<CourseVersion> draft = draft();
        if (draft.isEmpty()) {
            return currentVersion().orElseThrow();
        }
        draft.get().publish(at, by);
        status = CourseStatus.PUBLISHED;
        outOfDate = false;
        outOfDateReason = null;
        return draft.get();
    }

    public void retire() {
        status = CourseStatus.RETIRED;
    }

    /**
     * Guidance the current version cites was revised or withdrawn: the course teaches an old text
     * until a trainer publishes a new version.
     */
    public boolean markOutOfDate(String reason) {
        boolean changed = !outOfDate;
        outOfDate = true;
        outOfDateReason = reason;
        return changed;
    }

    public boolean isPublished() {
        return status == CourseStatus.PUBLISHED;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public String getTitleFr() {
        return titleFr;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public String getDescriptionFr() {
        return descriptionFr;
    }

    public TrainingPhase getPhase() {
        return phase;
    }

    public CourseStatus getStatus() {
        return status;
    }

    public String getAudience() {
        return audience;
    }

    public Integer getDurationMinutes() {
        return durationMinutes;
    }

    public DeliveryMode getDeliveryMode() {
        return deliveryMode;
    }

    public String getOwnerSubject() {
        return ownerSubject;
    }

    public String getMissionScope() {
        return missionScope;
    }

    public Optional<Integer> getCertificateValidityMonths() {
        return Optional.ofNullable(certificateValidityMonths);
    }

    public boolean isOutOfDate() {
        return outOfDate;
    }

    public String getOutOfDateReason() {
        return outOfDateReason;
    }

    public List<CourseVersion> getVersions() {
        return Collections.unmodifiableList(versions);
    }
}
