package org.peaceops.intranet.identity.application.directory;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

/** What an administrator fills in to create an account. */
public record NewAccount(String username, String firstName, String lastName, String email, Set<String> realmRoles,
        String missionCode, String categoryCode, List<String> requiredActions) implements Serializable {
}
