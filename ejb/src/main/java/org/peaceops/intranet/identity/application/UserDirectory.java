package org.peaceops.intranet.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.peaceops.intranet.identity.infrastructure.DemoAccounts;
import org.peaceops.intranet.shared.Caller;

/**
 * Finds the profile of a signed-in person. In demo mode the profiles are the built-in demo accounts;
 * in OIDC mode (identity issue) they come from the token claims and the local directory.
 */
@ApplicationScoped
public class UserDirectory {

    @Inject
    AuthenticationSettings settings;

    public Optional<Caller> findByUsername(String username) {
        if (settings.isDemo()) {
            return DemoAccounts.find(username);
        }
        return Optional.empty();
    }

    /** Demo logins only: answers the profile when the demo password is right. */
    public Optional<Caller> authenticateDemo(String username, String password) {
        if (!settings.isDemo()) {
            return Optional.empty();
        }
        return DemoAccounts.authenticate(username, password);
    }
}
