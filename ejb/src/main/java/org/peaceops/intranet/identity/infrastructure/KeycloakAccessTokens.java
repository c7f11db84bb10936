package org.peaceops.intranet.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.peaceops.intranet.identity.application.AccessTokens;

/**
 * {@link AccessTokens} of a Keycloak realm, checked by {@link AccessTokenVerifier} against the realm's keys.
 * {@code intranet.oidc.keys-outage-tolerance-hours} (default 24; {@code 0} off) is how long after the last
 * fetch those keys go on verifying tokens while Keycloak cannot be reached: a mission node cut off from
 * headquarters still serves the API to tokens issued before the cut.
 */
@ApplicationScoped
public class KeycloakAccessTokens implements AccessTokens {

    private static final Logger LOG = Logger.getLogger(KeycloakAccessTokens.class.getName());
    static final long DEFAULT_OUTAGE_TOLERANCE_HOURS = 24;

    @Inject
    @ConfigProperty(name = "intranet.oidc.keys-outage-tolerance-hours", defaultValue = "24")
    long outageToleranceHours;

    @Override
    public Check forRealm(String issuer, String audience) {
        return AccessTokenVerifier.forRealm(issuer, audience, outageTolerance(outageToleranceHours));
    }

    /** A negative number is a mistake, not "forever": the default applies and the log says so. */
    static Duration outageTolerance(long hours) {
        if (hours < 0) {
            LOG.warning(() -> "intranet.oidc.keys-outage-tolerance-hours is " + hours + ": using "
                    + DEFAULT_OUTAGE_TOLERANCE_HOURS + " (0 turns it off)");
            return Duration.ofHours(DEFAULT_OUTAGE_TOLERANCE_HOURS);
        }
        return Duration.ofHours(hours);
    }
}
