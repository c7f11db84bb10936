package org.peaceops.intranet.identity.domain;

import java.io.Serializable;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Who is signed in, as the intranet needs to know it: a stable subject id, a display name, roles,
 * mission (a mission code such as {@code UNMISS}, or {@code HQ}) and personnel category.
 */
public final class UserProfile implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final String HEADQUARTERS = "HQ";

    private final String subject;
    private final String username;
    private final String displayName;
    private final Set<Role> roles;
    private final String mission;
    private final PersonnelCategory category;

    public UserProfile(String subject, String username, String displayName, Set<Role> roles, String mission,
            PersonnelCategory category) {
        this.subject = Objects.requireNonNull(subject, "subject");
        this.username = Objects.requireNonNull(username, "username");
        this.displayName = Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(roles, "roles");
        if (roles.isEmpty()) {
            // Someone with no intranet role is not let in at all; a profile always has one.
            throw new IllegalArgumentException("A user profile needs at least one role: " + username);
        }
        this.roles = Collections.unmodifiableSet(EnumSet.copyOf(roles));
        this.mission = Objects.requireNonNull(mission, "mission");
        this.category = Objects.requireNonNull(category, "category");
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

    public String mission() {
        return mission;
    }

    /** Headquarters staff see across missions (DOMAIN.md, Scoping). */
    public boolean atHeadquarters() {
        return HEADQUARTERS.equals(mission);
    }

    public PersonnelCategory category() {
        return category;
    }
}
