package org.peaceops.intranet.identity.application.directory;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * What an administrator fills in to create an account. The personnel number (index number) is optional
 * (null when none): it is how attestation files name people, so training recognises them at sign-in.
 */
public record NewAccount(String username, String firstName, String lastName, String email, Set<String> realmRoles,
        String missionCode, String categoryCode, List<String> requiredActions, String personnelNumber)
        implements Serializable {
}
