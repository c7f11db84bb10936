package org.peaceops.intranet.training.scorm.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

/**
 * A package a lesson plays, numbered from 1 per lesson. Imported first (the trainer checks what the
 * manifest says), then published; the latest published version is what a new attempt starts on.
 */
@Entity
@Table(name = "scorm_lesson_version", schema = "training")
public class ScormLessonVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "scorm_lesson_version_seq")
    @SequenceGenerator(name = "scorm_lesson_version_seq", sequenceName = "training.scorm_seq", allocationSize = 50)
    private Long id;

    @Column(name = "lesson_id", nullable = false, updatable = false)
    private long lessonId;

    @Column(name = "version_number", nullable = false, updatable = false)
    private int versionNumber;

    @ManyToOne(optional = false)
    @JoinColumn(name = "package_id", updatable = false)
    private ScormPackage scormPackage;

    @Column(name = "added_by", nullable = false, length = 255, updatable = false)
    private String addedBy;

    @Column(name = "added_at", nullable = false, updatable = false)
    private LocalDateTime addedAt;

    @Column(name = "published_at")
    private LocalDateTime publishedAt;

    protected ScormLessonVersion() {
        // for JPA
    }

    public ScormLessonVersion(long lessonId, int versionNumber, ScormPackage scormPackage, String by, Instant at) {
        this.lessonId = lessonId;
        this.versionNumber = versionNumber;
        this.scormPackage = Objects.requireNonNull(scormPackage);
        this.addedBy = Objects.requireNonNull(by);
        this.addedAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    /**
     * The same package, number and publication for the copy of the lesson in a course's next version;
     * attempts stay on this one.
     */
    public ScormLessonVersion copyFor(long copiedLessonId) {
        ScormLessonVersion copy = new ScormLessonVersion(copiedLessonId, versionNumber, scormPackage, addedBy,
                getAddedAt());
        copy.publishedAt = publishedAt;
        return copy;
    }

    /** Makes this version the one new attempts start on; publishing twice changes nothing. */
    public void publish(Instant at) {
        if (publishedAt == null) {
            this.publishedAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
        }
    }

    public boolean isPublished() {
        return publishedAt != null;
    }

    public Long getId() {
        return id;
    }

    public long getLessonId() {
        return lessonId;
    }

    public int getVersionNumber() {
        return versionNumber;
    }

    public ScormPackage getPackage() {
        return scormPackage;
    }

    public String getAddedBy() {
        return addedBy;
    }

    public Instant getAddedAt() {
        return addedAt.toInstant(ZoneOffset.UTC);
    }

    public Optional<Instant> getPublishedAt() {
        return Optional.ofNullable(publishedAt).map(t -> t.toInstant(ZoneOffset.UTC));
    }
}
