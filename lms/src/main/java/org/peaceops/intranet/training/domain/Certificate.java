package org.peaceops.intranet.training.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * The certificate of a completion: holder, course, issue date, expiry (from the course's validity in
 * months) and a verification code anyone can check on the public verify page without learning more
 * than name, course and validity.
 */
@Entity
@Table(name = "certificate", schema = "training")
public class Certificate {

    /** Crockford's base32: no I, L, O, U, so a code read aloud or typed is not mistaken. */
    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "certificate_seq")
    @SequenceGenerator(name = "certificate_seq", sequenceName = "training.learning_seq", allocationSize = 50)
    private Long id;

    /** A relationship, so that the record is written before its certificate in one transaction. */
    @jakarta.persistence.OneToOne(optional = false)
    @jakarta.persistence.JoinColumn(name = "record_id", nullable = false, updatable = false)
    private TrainingRecord record;

    @Column(nullable = false, updatable = false, length = 20)
    private String code;

    @Column(name = "learner_subject", nullable = false, updatable = false, length = 255)
    private String learnerSubject;

    @Column(name = "holder_name", nullable = false, updatable = false, length = 255)
    private String holderName;

    @Column(name = "course_id", nullable = false, updatable = false)
    private long courseId;

    @Column(name = "course_title", nullable = false, updatable = false, length = 200)
    private String courseTitle;

    @Column(name = "issued_on", nullable = false, updatable = false)
    private LocalDate issuedOn;

    @Column(name = "expires_on", updatable = false)
    private LocalDate expiresOn;

    @Column(name = "recertification_assigned", nullable = false)
    private boolean recertificationAssigned;

    protected Certificate() {
        // for JPA
    }

    /** Issued on the completion day where the person serves; expiring after the course's validity, if any. */
    public static Certificate issue(TrainingRecord record, Optional<Integer> validityMonths, SecureRandom random) {
        return issue(record, validityMonths, newCode(random));
    }

    /**
     * The certificate a mission node issued for a completion made there, issued again at headquarters with
     * the node's code, so the one the holder printed on the node is verified at headquarters too.
     */
    public static Certificate issue(TrainingRecord record, Optional<Integer> validityMonths, String code) {
        Certificate c = new Certificate();
        c.record = Objects.requireNonNull(record, "record");
        c.code = normaliseCode(Objects.requireNonNull(code, "code"))
                .orElseThrow(() -> new IllegalArgumentException("Not a certificate code: " + code));
        c.learnerSubject = record.getLearnerSubject();
        c.holderName = record.getLearnerName();
        c.courseId = record.getCourseId();
        c.courseTitle = record.getCourseTitle();
        ZoneId zone = MissionTimeZones.of(record.getMission());
        c.issuedOn = LocalDate.ofInstant(record.getCompletedAt(), zone);
        c.expiresOn = validityMonths.map(c.issuedOn::plusMonths).orElse(null);
        return c;
    }

    /** 12 random base32 characters (60 bits) in three groups: XXXX-XXXX-XXXX. */
    static String newCode(SecureRandom random) {
        StringBuilder code = new StringBuilder(14);
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return code.toString();
    }

    /** A code as someone typed it: upper case, O read as 0, I and L as 1, dashes where they belong. */
    public static Optional<String> normaliseCode(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String raw = typed.strip().toUpperCase(java.util.Locale.ROOT).replace("-", "")
                .replace('O', '0').replace('I', '1').replace('L', '1');
        if (raw.length() != 12 || !raw.chars().allMatch(ch -> new String(ALPHABET).indexOf(ch) >= 0)) {
            return Optional.empty();
        }
        return Optional.of(raw.substring(0, 4) + "-" + raw.substring(4, 8) + "-" + raw.substring(8));
    }

    /** Valid through the whole expiry day; a certificate without expiry stays valid. */
    public boolean isValidOn(LocalDate day) {
        return expiresOn == null || !day.isAfter(expiresOn);
    }

    /** Whether a recertification should be assigned now: expiring within the lead time and not yet assigned. */
    public boolean needsRecertification(LocalDate today, int leadDays) {
        return expiresOn != null && !recertificationAssigned && !today.plusDays(leadDays).isBefore(expiresOn);
    }

    public void recertificationAssigned() {
        this.recertificationAssigned = true;
    }

    public Long getId() {
        return id;
    }

    public TrainingRecord getRecord() {
        return record;
    }

    public String getCode() {
        return code;
    }

    public String getLearnerSubject() {
        return learnerSubject;
    }

    public String getHolderName() {
        return holderName;
    }

    public long getCourseId() {
        return courseId;
    }

    public String getCourseTitle() {
        return courseTitle;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public Optional<LocalDate> getExpiresOn() {
        return Optional.ofNullable(expiresOn);
    }

    public boolean isRecertificationAssigned() {
        return recertificationAssigned;
    }

    /** Used by the service with the current instant; kept here so the rule has one place. */
    public boolean isValidAt(Instant now) {
        return isValidOn(LocalDate.ofInstant(now, ZoneId.of("UTC")));
    }
}
