package org.peaceops.intranet.training.attestation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * One attested completion of a batch, as the training centre reported it. Refers to its batch by id
 * (not a relationship): a batch of 100,000 lines is written and read in chunks, never loaded whole.
 */
@Entity
@Table(name = "attestation", schema = "training")
public class Attestation {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "attestation_seq")
    @SequenceGenerator(name = "attestation_seq", sequenceName = "training.attestation_seq", allocationSize = 50)
    private Long id;

    @Column(name = "batch_id", nullable = false, updatable = false)
    private long batchId;

    @Column(name = "line_number", nullable = false, updatable = false)
    private int lineNumber;

    @Column(name = "person_id", nullable = false, updatable = false, length = 255)
    private String personId;

    @Column(name = "person_name", nullable = false, updatable = false, length = 255)
    private String personName;

    @Column(nullable = false, updatable = false, length = 20)
    private String category;

    @Column(nullable = false, updatable = false, length = 60)
    private String country;

    @Column(name = "course_id", nullable = false, updatable = false)
    private long courseId;

    @Column(name = "course_code", nullable = false, updatable = false, length = 40)
    private String courseCode;

    @Column(name = "course_version_id", nullable = false, updatable = false)
    private long courseVersionId;

    @Column(name = "completed_on", nullable = false, updatable = false)
    private LocalDate completedOn;

    @Column(name = "training_centre", nullable = false, updatable = false, length = 255)
    private String trainingCentre;

    protected Attestation() {
        // for JPA
    }

    public Attestation(long batchId, CheckedLine line) {
        this.batchId = batchId;
        this.lineNumber = line.line();
        this.personId = line.personId();
        this.personName = line.name();
        this.category = line.category().code();
        this.country = line.country();
        this.courseId = line.course().courseId();
        this.courseCode = line.course().code();
        this.courseVersionId = line.course().versionId();
        this.completedOn = line.completedOn();
        this.trainingCentre = line.trainingCentre();
    }

    public Long getId() {
        return id;
    }

    public long getBatchId() {
        return batchId;
    }

    public int getLineNumber() {
        return lineNumber;
    }

    public String getPersonId() {
        return personId;
    }

    public String getPersonName() {
        return personName;
    }

    public String getCategory() {
        return category;
    }

    public String getCountry() {
        return country;
    }

    public long getCourseId() {
        return courseId;
    }

    public String getCourseCode() {
        return courseCode;
    }

    public long getCourseVersionId() {
        return courseVersionId;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public String getTrainingCentre() {
        return trainingCentre;
    }
}
