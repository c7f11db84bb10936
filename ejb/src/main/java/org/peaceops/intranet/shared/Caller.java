package org.peaceops.intranet.shared;

import java.io.Serializable;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who a service acts for, in every context: a signed-in person (subject id, username, display name,
 * roles, mission code or {@code HQ}, personnel category), or a process acting for nobody in particular
 * ({@link #system()} for timers). The web layer builds it from the sign-in; services record its subject
 * in the audit trail and hand it to the access policy. A plain value, kept in session beans.
 */
public final class Caller implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The subject recorded for steps nobody took by hand (the daily review-date check, text extraction). */
    public static final String SYSTEM_SUBJECT = "system";
    /** The mission code of headquarters, whose staff see across missions (DOMAIN.md, Scoping). */
    public static final String HEADQUARTERS = "HQ";

    private final String subject;
    private final String username;
    private final String displayName;
    private final Set<Role> roles;
    /** Null for a process: it belongs to no mission. */
    private final String mission;
    /** Null for a process. */
    private final PersonnelCategory category;

    /** A signed-in person; someone with no intranet role is not let in at all, so a person has one. */
    public Caller(String subject, String username, String displayName, Set<Role> roles, String mission,
            PersonnelCategory category) {
        this.subject = Objects.requireNonNull(subject, "subject");
        this.username = Objects.requireNonNull(username, "username");
        this.displayName = Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(roles, "roles");
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("A user profile needs at least one role: " + username);
        }
        this.roles = Collections.unmodifiableSet(EnumSet.copyOf(roles));
        this.mission = Objects.requireNonNull(mission, "mission");
        this.category = Objects.requireNonNull(category, "category");
    }

    private Caller(String subject, Set<Role> roles) {
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("A caller needs a subject id");
        }
        this.subject = subject;
        this.username = subject;
        this.displayName = subject;
        this.roles = roles == null || roles.isEmpty() ? Collections.emptySet()
                : Collections.unmodifiableSet(EnumSet.copyOf(roles));
        this.mission = null;
        this.category = null;
    }

    /**
     * A caller that is no signed-in person: it has roles but no mission or category, so every rule that
     * judges a person's scope refuses it. Only {@link #system()} is let through, by the services that
     * expect timers.
     */
    public static Caller process(String subject, Set<Role> roles) {
        return new Caller(subject, roles);
    }

    /** The daily timers and background steps. */
    public static Caller system() {
        return new Caller(SYSTEM_SUBJECT, EnumSet.of(Role.ADMIN));
    }

    public boolean isSystem() {
        return SYSTEM_SUBJECT.equals(subject) && !isPerson();
    }

    /** Whether a signed-in person stands behind this caller (and so it has a mission and category). */
    public boolean isPerson() {
        return mission != null;
    }

    /** This caller when a person stands behind it, for the rules that judge a person's scope; else empty. */
    public Optional<Caller> person() {
        return isPerson() ? Optional.of(this) : Optional.empty();
    }

    public String subject() {
        return subject;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public Set<Role> roles() {
        return roles;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /** The most privileged role, shown beside the person's name. */
    public Role highestRole() {
        return Role.highest(roles).orElseThrow();
    }

    /** The person's mission code, or {@code HQ}. */
    public String mission() {
        return requirePerson().mission;
    }

    /** Headquarters staff see across missions (DOMAIN.md, Scoping). */
    public boolean atHeadquarters() {
        return HEADQUARTERS.equals(requirePerson().mission);
    }

    public PersonnelCategory category() {
        return requirePerson().category;
    }

    private Caller requirePerson() {
        if (!isPerson()) {
            throw new SecurityException("No signed-in person behind " + subject);
        }
        return this;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Caller other && subject.equals(other.subject) && roles.equals(other.roles)
                && username.equals(other.username) && displayName.equals(other.displayName)
                && Objects.equals(mission, other.mission) && category == other.category;
    }

    @Override
    public int hashCode() {
        return Objects.hash(subject, roles, mission);
    }

    @Override
    public String toString() {
        return subject + roles;
    }
}
