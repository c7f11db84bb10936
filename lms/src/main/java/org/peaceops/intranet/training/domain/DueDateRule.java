package org.peaceops.intranet.training.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * When an assignment falls due (DOMAIN.md, Training): on a fixed date, within so many days of the
 * person's arrival in the mission, or so many days before their deployment. Due dates are calendar
 * days in the mission's time zone; whether an assignment is overdue is computed at the moment asked,
 * never stored, so it cannot go stale.
 */
public final class DueDateRule {

    /** The three ways a trainer can set a due date. */
    public enum Kind { ABSOLUTE, DAYS_AFTER_ARRIVAL, DAYS_BEFORE_DEPLOYMENT }

    private final Kind kind;
    private final LocalDate date;
    private final int days;

    private DueDateRule(Kind kind, LocalDate date, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("A number of days cannot be negative: " + days);
        }
        this.kind = kind;
        this.date = date;
        this.days = days;
    }

    public static DueDateRule on(LocalDate date) {
        return new DueDateRule(Kind.ABSOLUTE, Objects.requireNonNull(date, "date"), 0);
    }

    /** "Within N days of arrival in the mission." */
    public static DueDateRule daysAfterArrival(int days) {
        return new DueDateRule(Kind.DAYS_AFTER_ARRIVAL, null, days);
    }

    /** "N days before the deployment date" (pre-deployment training). */
    public static DueDateRule daysBeforeDeployment(int days) {
        return new DueDateRule(Kind.DAYS_BEFORE_DEPLOYMENT, null, days);
    }

    /**
     * The due date for one person; empty while the date it depends on is not known yet (someone not
     * yet arrived has no induction deadline, and is therefore never overdue).
     */
    public Optional<LocalDate> dueDate(Optional<LocalDate> arrival, Optional<LocalDate> deployment) {
        return switch (kind) {
            case ABSOLUTE -> Optional.of(date);
            case DAYS_AFTER_ARRIVAL -> arrival.map(a -> a.plusDays(days));
            case DAYS_BEFORE_DEPLOYMENT -> deployment.map(d -> d.minusDays(days));
        };
    }

    /**
     * Overdue once the whole due day has passed in the mission's time zone: due on the 10th means the
     * person has until midnight at the end of the 10th where they serve.
     */
    public static boolean isOverdue(Optional<LocalDate> due, Instant now, ZoneId missionZone) {
        return due.map(d -> LocalDate.ofInstant(now, missionZone).isAfter(d)).orElse(false);
    }

    /** The rule as stored: its kind, the date (absolute rules only) and the number of days. */
    public static DueDateRule of(Kind kind, LocalDate date, int days) {
        return switch (Objects.requireNonNull(kind, "kind")) {
            case ABSOLUTE -> on(date);
            case DAYS_AFTER_ARRIVAL -> daysAfterArrival(days);
            case DAYS_BEFORE_DEPLOYMENT -> daysBeforeDeployment(days);
        };
    }

    /** The fixed date of an absolute rule, empty otherwise. */
    public Optional<LocalDate> date() {
        return Optional.ofNullable(date);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DueDateRule r && r.kind == kind && r.days == days && Objects.equals(r.date, date);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, date, days);
    }

    @Override
    public String toString() {
        return switch (kind) {
            case ABSOLUTE -> "on " + date;
            case DAYS_AFTER_ARRIVAL -> days + " days after arrival";
            case DAYS_BEFORE_DEPLOYMENT -> days + " days before deployment";
        };
    }

    public Kind kind() {
        return kind;
    }

    public int days() {
        return days;
    }
}
