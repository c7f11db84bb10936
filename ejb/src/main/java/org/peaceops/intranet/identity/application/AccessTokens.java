package org.peaceops.intranet.identity.application;

import java.util.Optional;
import org.peaceops.intranet.shared.Caller;

/**
 * Checks of Bearer access tokens issued by an identity provider's realm (a port: signature, issuer,
 * audience and expiry are checked against the realm's keys in infrastructure).
 */
public interface AccessTokens {

    /** A check for tokens of {@code issuer} meant for {@code audience}; it keeps the realm's keys. */
    Check forRealm(String issuer, String audience);

    /** Verifies one realm's tokens. */
    interface Check {
        /** The caller a valid access token names; empty for anything else. */
        Optional<Caller> verify(String token);
    }
}
