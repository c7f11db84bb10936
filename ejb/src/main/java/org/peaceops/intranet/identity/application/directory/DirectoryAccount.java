package org.peaceops.intranet.identity.application.directory;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

/** An account as the identity provider holds it now. Mission and category come from its groups. */
public record DirectoryAccount(String id, String username, String firstName, String lastName, String email,
        boolean enabled, Set<String> realmRoles, String missionCode, String categoryCode,
        List<String> requiredActions) implements Serializable {

    public String displayName() {
        String name = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).strip();
        return name.isEmpty() ? username : name;
    }

    /** The fields an administrator changes, for the audit trail's before/after. */
    public String auditState() {
        return "username=" + username + ", enabled=" + enabled + ", roles=" + realmRoles.stream().sorted().toList()
                + ", mission=" + missionCode + ", category=" + categoryCode;
    }
}
