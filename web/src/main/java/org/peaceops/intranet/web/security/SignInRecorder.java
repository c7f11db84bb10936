package org.peaceops.intranet.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.peaceops.intranet.identity.application.AuthenticationSettings;
import org.peaceops.intranet.identity.application.DemoIdentities;
import org.peaceops.intranet.identity.application.PersonDirectory;
import org.peaceops.intranet.identity.application.SignIns;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.training.application.TrainingAssignments;

/**
 * Writes the person who just signed in into the audit trail and the local directory and tells training
 * (once per sign-in, not per request).
 */
@RequestScoped
public class SignInRecorder {

    private static final Logger LOG = Logger.getLogger(SignInRecorder.class.getName());

    @Inject
    CurrentUser user;

    @Inject
    OidcProfiles oidc;

    @Inject
    PersonDirectory directory;

    @Inject
    TrainingAssignments training;

    @Inject
    SignIns signIns;

    @Inject
    AuthenticationSettings settings;

    @Inject
    DemoIdentities demoIdentities;

    public void signedIn(String address) {
        // The sign-in happened in this request: what the request knew of the caller before is stale.
        user.forget();
        user.caller().ifPresent(profile -> {
            signIns.succeeded(profile, settings.isDemo(), address);
            try {
                directory.recordSignIn(profile, oidc.email().orElse(null));
            } catch (RuntimeException e) {
                // The directory is a record, not a gate: a failure to write it must not stop the person.
                LOG.log(Level.WARNING, "Could not record the sign-in of " + profile.subject(), e);
            }
            try {
                // Training learns the person's mission and arrival, and rules made since reach them now.
                training.learnerSeen(profile, personnelNumber(profile).orElse(null));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not apply training rules at the sign-in of " + profile.subject(), e);
            }
        });
    }

    private Optional<String> personnelNumber(Caller profile) {
        return settings.isDemo() ? demoIdentities.personnelNumberOf(profile.subject()) : oidc.personnelNumber();
    }
}
