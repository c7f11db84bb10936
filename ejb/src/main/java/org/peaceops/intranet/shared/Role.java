package org.peaceops.intranet.shared;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/**
 * The six realm roles (DOMAIN.md, People and roles). Their names are the role names used by Keycloak,
 * Jakarta Security and the {@code groups} claim. Declared from least to most privileged.
 */
public enum Role {
    READER, CONTRIBUTOR, APPROVER, TRAINER,
    /** Best Practices Officer: reviews the Toolbox reports of their mission (publishes with a classification, or returns). */
    BPO,
    ADMIN;

    /** The role name as Keycloak and Jakarta Security spell it. */
    public String roleName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> fromRoleName(String name) {
        for (Role role : values()) {
            if (role.roleName().equals(name)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }

    /** The role to show beside a person's name: their most privileged one. */
    public static Optional<Role> highest(Collection<Role> roles) {
        return roles.stream().max(Comparator.naturalOrder());
    }
}
