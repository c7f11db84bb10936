package org.peaceops.intranet.documents.application;

import java.io.Serializable;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.peaceops.intranet.identity.domain.Role;
import org.peaceops.intranet.identity.domain.UserProfile;

/**
 * The person a service acts for, as a plain value: the web layer builds it from the signed-in user,
 * timers use {@link #system()}. Services record the subject in the history and hand the whole actor to
 * the {@link GuidanceAccessPolicy}.
 */
public final class Actor implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The subject recorded for steps nobody took by hand (the daily review-date check). */
    public static final String SYSTEM_SUBJECT = "system";

    private final String subject;
    private final Set<Role> roles;
    /** The signed-in person behind the actor; absent for the system (timers). */
    private final UserProfile profile;

    public Actor(String subject, Set<Role> roles) {
        this(subject, roles, null);
    }

    private Actor(String subject, Set<Role> roles, UserProfile profile) {
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("An actor needs a subject id");
        }
        this.subject = subject;
        this.roles = roles == null || roles.isEmpty() ? Collections.emptySet()
                : Collections.unmodifiableSet(EnumSet.copyOf(roles));
        this.profile = profile;
    }

    public static Actor of(UserProfile user) {
        return new Actor(user.subject(), user.roles(), user);
    }

    /** The person's profile (mission, category) for the access policy; empty for the system. */
    public java.util.Optional<UserProfile> profile() {
        return java.util.Optional.ofNullable(profile);
    }

    public boolean isSystem() {
        return SYSTEM_SUBJECT.equals(subject) && profile == null;
    }

    public static Actor system() {
        return new Actor(SYSTEM_SUBJECT, EnumSet.of(Role.ADMIN));
    }

    public String getSubject() {
        return subject;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Actor other && subject.equals(other.subject) && roles.equals(other.roles);
    }

    @Override
    public int hashCode() {
        return Objects.hash(subject, roles);
    }

    @Override
    public String toString() {
        return subject + roles;
    }
}
