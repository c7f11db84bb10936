package org.peaceops.intranet.training.scorm.domain;

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
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One learner's data for one SCO of one lesson version, as the SCO last committed it: what the next visit
 * resumes from and what the roster shows. It stays on its lesson version when the lesson takes on a new
 * package. Satisfied once completed and, when the SCO has a mastery score or reports success, passed.
 */
@Entity
@Table(name = "scorm_attempt", schema = "training")
public class ScormAttempt {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "scorm_attempt_seq")
    @SequenceGenerator(name = "scorm_attempt_seq", sequenceName = "training.scorm_seq", allocationSize = 50)
    private Long id;

    @Version
    private int version;

    @Column(name = "learner_subject", nullable = false, length = 255, updatable = false)
    private String learnerSubject;

    @ManyToOne(optional = false)
    @JoinColumn(name = "lesson_version_id", updatable = false)
    private ScormLessonVersion lessonVersion;

    @Column(name = "item_identifier", nullable = false, length = 255, updatable = false)
    private String itemIdentifier;

    @Enumerated(EnumType.STRING)
    @Column(name = "completion_status", nullable = false, length = 20)
    private CompletionStatus completion = CompletionStatus.NOT_ATTEMPTED;

    @Enumerated(EnumType.STRING)
    @Column(name = "success_status", nullable = false, length = 20)
    private SuccessStatus success = SuccessStatus.UNKNOWN;

    @Column(name = "score_raw", precision = 12, scale = 4)
    private BigDecimal scoreRaw;

    @Column(name = "score_min", precision = 12, scale = 4)
    private BigDecimal scoreMin;

    @Column(name = "score_max", precision = 12, scale = 4)
    private BigDecimal scoreMax;

    @Column(name = "score_scaled", precision = 6, scale = 5)
    private BigDecimal scoreScaled;

    @Column(name = "location", length = 1000)
    private String location;

    @Column(name = "suspend_data", length = 64000)
    private String suspendData;

    /** Time of the sessions before the current one. */
    @Column(name = "total_seconds", nullable = false)
    private long totalSeconds;

    @Column(name = "sessions", nullable = false)
    private int sessions;

    @Column(name = "started_at", nullable = false, updatable = false)
    private LocalDateTime startedAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Column(name = "completed_at")
    private LocalDateTime completedAt;

    /** The current session's time as the SCO last reported it; added to the total when the next begins. */
    @Column(name = "session_seconds", nullable = false)
    private long sessionSeconds;

    protected ScormAttempt() {
        // for JPA
    }

    public ScormAttempt(String learnerSubject, ScormLessonVersion lessonVersion, String itemIdentifier, Instant now) {
        this.learnerSubject = Objects.requireNonNull(learnerSubject);
        this.lessonVersion = Objects.requireNonNull(lessonVersion);
        this.itemIdentifier = Objects.requireNonNull(itemIdentifier);
        this.startedAt = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
        this.updatedAt = startedAt;
    }

    /** A visit begins: the SCO is launched again, resuming from what was kept. */
    public void beginSession(Instant now) {
        sessions++;
        updatedAt = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
    }

    /**
     * Keeps what the SCO committed, all or nothing: every kept value is checked against the data model
     * of {@code edition} first. {@code mastery} is the SCO's mastery score in percent, if it has one; a
     * score decides success against it when the SCO reports none.
     *
     * @return whether this commit made the attempt satisfied
     * @throws CmiRefused with the SCORM error code when a value is refused
     */
    public boolean commit(ScormVersion edition, Map<String, String> values, BigDecimal mastery, Instant now) {
        List<CmiError> errors = CmiDataModel.checkCommit(edition, values);
        if (!errors.isEmpty()) {
            throw new CmiRefused(errors);
        }
        boolean before = isSatisfied(mastery);
        Map<String, String> v = new LinkedHashMap<>();
        values.forEach((k, value) -> {
            if (CmiDataModel.kept(edition).contains(k) && value != null && !value.isEmpty()) {
                v.put(k, value);
            }
        });
        if (edition.is2004()) {
            Optional.ofNullable(v.get("cmi.completion_status")).ifPresent(s -> completion = completionOf(s));
            Optional.ofNullable(v.get("cmi.success_status")).ifPresent(s -> success = SuccessStatus.valueOf(s.toUpperCase(java.util.Locale.ROOT)));
            scoreScaled = decimal(v.get("cmi.score.scaled"), scoreScaled);
            scoreRaw = decimal(v.get("cmi.score.raw"), scoreRaw);
            scoreMin = decimal(v.get("cmi.score.min"), scoreMin);
            scoreMax = decimal(v.get("cmi.score.max"), scoreMax);
            location = v.getOrDefault("cmi.location", location);
            sessionSeconds = Optional.ofNullable(v.get("cmi.session_time")).map(t -> CmiDataModel.seconds(edition, t))
                    .orElse(sessionSeconds);
        } else {
            Optional.ofNullable(v.get("cmi.core.lesson_status")).ifPresent(this::lessonStatus12);
            scoreRaw = decimal(v.get("cmi.core.score.raw"), scoreRaw);
            scoreMin = decimal(v.get("cmi.core.score.min"), scoreMin);
            scoreMax = decimal(v.get("cmi.core.score.max"), scoreMax);
            location = v.getOrDefault("cmi.core.lesson_location", location);
            sessionSeconds = Optional.ofNullable(v.get("cmi.core.session_time")).map(t -> CmiDataModel.seconds(edition, t))
                    .orElse(sessionSeconds);
        }
        suspendData = v.getOrDefault("cmi.suspend_data", suspendData);
        if (mastery != null && success == SuccessStatus.UNKNOWN) {
            percent().ifPresent(p -> success = p.compareTo(mastery) >= 0 ? SuccessStatus.PASSED : SuccessStatus.FAILED);
        }
        updatedAt = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
        boolean after = isSatisfied(mastery);
        if (after && completedAt == null) {
            completedAt = updatedAt;
        }
        return after && !before;
    }

    /** The session time reported so far is folded into the total (a visit ended or a new one began). */
    public void endSession(Instant now) {
        totalSeconds += sessionSeconds;
        sessionSeconds = 0;
        updatedAt = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
    }

    private void lessonStatus12(String status) {
        switch (status) {
            case "passed" -> { completion = CompletionStatus.COMPLETED; success = SuccessStatus.PASSED; }
            case "failed" -> { completion = CompletionStatus.COMPLETED; success = SuccessStatus.FAILED; }
            case "completed" -> completion = CompletionStatus.COMPLETED;
            case "not attempted" -> completion = CompletionStatus.NOT_ATTEMPTED;
            default -> completion = CompletionStatus.INCOMPLETE; // incomplete, browsed
        }
    }

    private static CompletionStatus completionOf(String s) {
        return CompletionStatus.valueOf(s.toUpperCase(java.util.Locale.ROOT).replace(' ', '_'));
    }

    private static BigDecimal decimal(String value, BigDecimal otherwise) {
        return value == null ? otherwise : new BigDecimal(value);
    }

    /** The score in percent: scaled times 100, or raw within min..max (0..100 when not given). */
    public Optional<BigDecimal> percent() {
        if (scoreScaled != null) {
            return Optional.of(scoreScaled.movePointRight(2));
        }
        if (scoreRaw == null) {
            return Optional.empty();
        }
        BigDecimal min = scoreMin == null ? BigDecimal.ZERO : scoreMin;
        BigDecimal max = scoreMax == null ? new BigDecimal(100) : scoreMax;
        if (max.compareTo(min) <= 0) {
            return Optional.of(scoreRaw);
        }
        return Optional.of(scoreRaw.subtract(min).multiply(new BigDecimal(100)).divide(max.subtract(min), 2,
                RoundingMode.HALF_UP));
    }

    /** Completed, and not failed; passed when the SCO has a mastery score. */
    public boolean isSatisfied(BigDecimal mastery) {
        if (completion != CompletionStatus.COMPLETED && !(success == SuccessStatus.PASSED && mastery != null)) {
            return false;
        }
        return mastery == null ? success != SuccessStatus.FAILED : success == SuccessStatus.PASSED;
    }

    /**
     * What the run-time in the page starts from, in the package's edition: the statuses, score, location
     * and suspend data kept, and whether this is a resumption.
     */
    public Map<String, String> resumeData(ScormVersion edition) {
        Map<String, String> cmi = new LinkedHashMap<>();
        boolean resumed = suspendData != null || location != null || completion != CompletionStatus.NOT_ATTEMPTED;
        if (edition.is2004()) {
            cmi.put("cmi.completion_status", completion.name().toLowerCase().replace('_', ' '));
            cmi.put("cmi.success_status", success.name().toLowerCase());
            put(cmi, "cmi.score.scaled", scoreScaled);
            put(cmi, "cmi.score.raw", scoreRaw);
            put(cmi, "cmi.score.min", scoreMin);
            put(cmi, "cmi.score.max", scoreMax);
            cmi.put("cmi.location", location == null ? "" : location);
            cmi.put("cmi.entry", resumed ? "resume" : "ab-initio");
        } else {
            cmi.put("cmi.core.lesson_status", status12());
            put(cmi, "cmi.core.score.raw", scoreRaw);
            put(cmi, "cmi.core.score.min", scoreMin);
            put(cmi, "cmi.core.score.max", scoreMax);
            cmi.put("cmi.core.lesson_location", location == null ? "" : location);
            cmi.put("cmi.core.entry", resumed ? "resume" : "ab-initio");
        }
        cmi.put("cmi.suspend_data", suspendData == null ? "" : suspendData);
        return cmi;
    }

    private String status12() {
        if (success == SuccessStatus.PASSED) {
            return "passed";
        }
        if (success == SuccessStatus.FAILED) {
            return "failed";
        }
        return switch (completion) {
            case COMPLETED -> "completed";
            case INCOMPLETE, UNKNOWN -> "incomplete";
            case NOT_ATTEMPTED -> "not attempted";
        };
    }

    private static void put(Map<String, String> cmi, String key, BigDecimal value) {
        if (value != null) {
            cmi.put(key, value.stripTrailingZeros().toPlainString());
        }
    }

    public Long getId() {
        return id;
    }

    public String getLearnerSubject() {
        return learnerSubject;
    }

    public ScormLessonVersion getLessonVersion() {
        return lessonVersion;
    }

    public String getItemIdentifier() {
        return itemIdentifier;
    }

    public CompletionStatus getCompletion() {
        return completion;
    }

    public SuccessStatus getSuccess() {
        return success;
    }

    public Optional<String> getLocation() {
        return Optional.ofNullable(location);
    }

    public Optional<String> getSuspendData() {
        return Optional.ofNullable(suspendData);
    }

    /** The sessions' time, the current one's included. */
    public long getTotalSeconds() {
        return totalSeconds + sessionSeconds;
    }

    public int getSessions() {
        return sessions;
    }

    public Instant getUpdatedAt() {
        return updatedAt.toInstant(ZoneOffset.UTC);
    }

    public Optional<Instant> getCompletedAt() {
        return Optional.ofNullable(completedAt).map(t -> t.toInstant(ZoneOffset.UTC));
    }
}
