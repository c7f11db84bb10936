package org.peaceops.intranet.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.peaceops.intranet.identity.domain.SignInThrottle;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.shared.audit.AuditAction;
import org.peaceops.intranet.shared.audit.AuditTrail;

/**
 * Sign-ins in the audit trail, both modes (who, from which address, how), and the demo sign-in's
 * throttle against password guessing. Keycloak throttles its own login page in OIDC mode.
 */
@ApplicationScoped
public class SignIns {

    private static final Logger LOG = Logger.getLogger(SignIns.class.getName());
    static final String TARGET = "sign-in";
    /** A typed user name is whatever someone typed: kept short in the trail. */
    static final int MAX_TYPED = 100;

    @Inject
    AuditTrail audit;

    private final SignInThrottle throttle = new SignInThrottle();
    private Clock clock = Clock.systemUTC();

    /**
     * How long this attempt must wait, if the account or the address is paused; the refusal is audited.
     * A paused attempt is refused before the password is looked at.
     */
    public Optional<Duration> pause(String username, String address) {
        Instant now = clock.instant();
        Optional<Duration> wait = throttle.pausedUntil(username, address, now).map(until -> Duration.between(now, until));
        wait.ifPresent(w -> record(typed(username), AuditAction.SIGN_IN_THROTTLED, "demo",
                "refused without checking the password, from " + address + ", paused " + w.toMinutes() + " more min"));
        return wait;
    }

    /** A wrong user name or password at the demo sign-in. */
    public void demoFailed(String username, String address) {
        throttle.failed(username, address, clock.instant());
        record(typed(username), AuditAction.SIGN_IN_FAILED, "demo", "wrong user name or password, from " + address);
    }

    public void demoSucceeded(String username) {
        throttle.succeeded(username);
    }

    /** Keycloak sent the browser back without a sign-in (refused consent, bad state, failed code exchange). */
    public void oidcFailed(String reason, String address) {
        record("-", AuditAction.SIGN_IN_FAILED, "oidc", "Keycloak sign-in not completed (" + typed(reason)
                + "), from " + address);
    }

    /** The person is signed in (first request of the session that knows them). */
    public void succeeded(Caller profile, boolean demo, String address) {
        record(profile.subject(), AuditAction.SIGN_IN_SUCCEEDED, demo ? "demo" : "oidc",
                profile.username() + " (" + String.join(",", profile.roles().stream().map(r -> r.roleName()).toList())
                        + ", " + profile.mission() + ") from " + address);
    }

    /** The trail is a record, not a gate: failing to write it must not change the sign-in's outcome. */
    private void record(String actor, AuditAction action, String mode, String detail) {
        try {
            audit.record(actor, action, TARGET, mode, detail);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not audit " + action + " of " + actor, e);
        }
    }

    private static String typed(String text) {
        if (text == null || text.isBlank()) {
            return "-";
        }
        String clean = text.strip().replaceAll("\\p{Cntrl}", "?");
        return clean.length() <= MAX_TYPED ? clean : clean.substring(0, MAX_TYPED) + "…";
    }

    void clock(Clock testClock) {
        this.clock = testClock;
    }
}
