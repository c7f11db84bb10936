package org.peaceops.intranet.training.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Objects;

/** A course of the catalogue. Its versions, modules and guidance citations come with the training issue. */
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

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TrainingPhase phase;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CourseStatus status;

    protected Course() {
        // for JPA
    }

    public Course(String code, String titleEn, String titleFr, TrainingPhase phase) {
        this.code = Objects.requireNonNull(code, "code");
        this.titleEn = Objects.requireNonNull(titleEn, "titleEn");
        this.titleFr = titleFr;
        this.phase = Objects.requireNonNull(phase, "phase");
        this.status = CourseStatus.DRAFT;
    }

    /** Publishing makes the course visible to learners; a retired course cannot come back. */
    public void publish() {
        if (status == CourseStatus.RETIRED) {
            throw new IllegalStateException("A retired course cannot be published again: " + code);
        }
        status = CourseStatus.PUBLISHED;
    }

    public void retire() {
        status = CourseStatus.RETIRED;
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

    public TrainingPhase getPhase() {
        return phase;
    }

    public CourseStatus getStatus() {
        return status;
    }
}
