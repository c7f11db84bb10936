package org.peaceops.intranet.training.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

/**
 * A person as training knows them, by the identity provider's subject id: name, mission and
 * category as of their last sign-in, the personnel number (an index number, the identifier training
 * centres and attestation files use), and the dates relative due dates count from. Arrival in a mission
 * is taken as the first day they sign in from it (a trainer can correct it); the deployment date is
 * known only when a trainer records it.
 */
@Entity
@Table(name = "learner", schema = "training")
public class Learner {

    @Id
    @Column(length = 255)
    private String subject;

    @Column(name = "display_name", nullable = false, length = 255)
    private String displayName;

    @Column(nullable = false, length = 20)
    private String mission;

    @Column(nullable = false, length = 20)
    private String category;

    /** Unique when known; the identity provider gives it at sign-in, an attestation file before that. */
    @Column(name = "personnel_number", length = 64)
    private String personnelNumber;

    @Column(name = "arrival_date")
    private LocalDate arrivalDate;

    @Column(name = "deployment_date")
    private LocalDate deploymentDate;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    protected Learner() {
        // for JPA
    }

    public Learner(String subject, String displayName, String mission, String category) {
        this.subject = Objects.requireNonNull(subject, "subject");
        this.displayName = Objects.requireNonNull(displayName, "displayName");
        this.mission = Objects.requireNonNull(mission, "mission");
        this.category = Objects.requireNonNull(category, "category");
    }

    /**
     * A person a trainer introduces before they ever sign in (the subject of an attested pre-deployment
     * completion): known by the personnel number the training centre gave, which stands in for the
     * subject id until their first sign-in brings the real one (see {@link LearnerRepository#adopt}).
     */
    public static Learner introduced(String personnelNumber, String displayName, String mission, String category,
            Instant at) {
        Learner learner = new Learner(personnelNumber, displayName, mission, category);
        learner.personnelNumber = personnelNumber;
        learner.updatedAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
        return learner;
    }

    /** The personnel number the identity provider gives at sign-in (blank values are no number). */
    public void identify(String number) {
        if (number != null && !number.isBlank()) {
            this.personnelNumber = number.strip();
        }
    }

    /**
     * What the identity provider says now. A new mission is a new arrival: the first sign-in from
     * it dates the arrival (in the mission's time zone), and the old deployment date no longer applies.
     */
    public void seen(String name, String newMission, String newCategory, Instant at) {
        boolean moved = !newMission.equals(mission);
        this.displayName = name;
        this.category = newCategory;
        if (moved || arrivalDate == null) {
            this.mission = newMission;
            this.arrivalDate = LocalDate.ofInstant(at, MissionTimeZones.of(newMission));
            if (moved) {
                this.deploymentDate = null;
            }
        }
        this.updatedAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    /** A trainer's correction of the arrival date, or the deployment date of someone not yet deployed. */
    public void recordDates(LocalDate arrival, LocalDate deployment) {
        this.arrivalDate = arrival;
        this.deploymentDate = deployment;
    }

    public String getSubject() {
        return subject;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Optional<String> getPersonnelNumber() {
        return Optional.ofNullable(personnelNumber);
    }

    public String getMission() {
        return mission;
    }

    public String getCategory() {
        return category;
    }

    public Optional<LocalDate> getArrivalDate() {
        return Optional.ofNullable(arrivalDate);
    }

    public Optional<LocalDate> getDeploymentDate() {
        return Optional.ofNullable(deploymentDate);
    }
}
