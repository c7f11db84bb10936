package org.peaceops.intranet.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.peaceops.intranet.shared.Caller;

/**
 * Finds the profile of a signed-in person. In demo mode the profiles are the built-in demo accounts;
 * in OIDC mode (identity issue) they come from the token claims and the local directory.
 */
@ApplicationScoped
public class UserDirectory {

    @Inject
    AuthenticationSettings settings;

    @Inject
    DemoIdentities demo;

    public Optional<Caller> findByUsername(String username) {
        if (settings.isDemo()) {
            return demo.find(username);
        }
        return Optional.empty();
    }

    /** Demo logins only: answers the profile when the demo password is right. */
    public Optional<Caller> authenticateDemo(String username, String password) {
        if (!settings.isDemo()) {
            return Optional.empty();
        }
        return demo.authenticate(username, password);
    }

    /** The demo accounts to list on the login page; none outside demo mode. */
    public List<Caller> demoAccounts() {
        return settings.isDemo() ? demo.all() : List.of();
    }

    /** The demo accounts' public password, printed on the login page; empty outside demo mode. */
    public String demoPassword() {
        return settings.isDemo() ? demo.password() : "";
    }

    /** The demo account's name for a subject id (history lines of the demo run), if it is one. */
    public Optional<String> demoDisplayName(String subject) {
        return demo.displayNameOf(subject);
    }
}
