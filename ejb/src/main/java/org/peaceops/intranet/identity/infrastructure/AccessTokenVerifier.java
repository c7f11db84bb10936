package org.peaceops.intranet.identity.infrastructure;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.text.ParseException;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.peaceops.intranet.identity.application.AccessTokens;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.shared.PersonnelCategory;
import org.peaceops.intranet.shared.Role;

/**
 * Checks a Keycloak access token presented to the REST API: RS256 signature against the realm's
 * published keys (fetched and cached, refreshed when Keycloak rotates them, kept through an outage of
 * Keycloak: {@link #forRealm}), exact issuer, the
 * intranet in the audience, expiry, and that it is an access token: Keycloak's {@code typ} is
 * {@code Bearer} and the client it was issued to ({@code azp}) is named. An ID token also carries the
 * intranet as audience and is signed by the same keys, but it proves a sign-in to the browser's client,
 * and travels in places an access token does not (logout links, logs): it never opens the API.
 * Answers the caller's profile from the token's claims, or nothing.
 * It never says why a token failed to the caller; the reason goes to the log only.
 */
public class AccessTokenVerifier implements AccessTokens.Check {

    private static final Logger LOG = Logger.getLogger(AccessTokenVerifier.class.getName());
    private static final String NO_MISSION = "NONE";
    /** Keycloak's type of an access token; ID, refresh and logout tokens say {@code ID}, {@code Refresh}, {@code Logout}. */
    static final String ACCESS_TOKEN_TYPE = "Bearer";
    /** Nimbus' default: how long fetched keys are used before they are fetched again. */
    static final Duration CACHE_TIME_TO_LIVE = Duration.ofMillis(JWKSourceBuilder.DEFAULT_CACHE_TIME_TO_LIVE);

    private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();

    public AccessTokenVerifier(String issuer, String audience, JWKSource<SecurityContext> keys) {
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(audience,
                new JWTClaimsSet.Builder().issuer(issuer).build(), Set.of("sub", "exp", "iat")));
    }

    /**
     * For a Keycloak realm: keys from {@code <issuer>/protocol/openid-connect/certs}, cached as Nimbus does by
     * default (five minutes, refreshed ahead of expiry, forced refreshes rate-limited to 30 s). On a mission node
     * Keycloak is at headquarters, across a link that goes down: while the keys cannot be fetched, the set
     * last fetched keeps verifying tokens for {@code outageTolerance} after that fetch (zero: not at all,
     * every token is refused once the cache expires). A token signed by a key not in that set is still
     * refused: an outage never admits a key it has not seen.
     */
    public static AccessTokenVerifier forRealm(String issuer, String audience, Duration outageTolerance) {
        try {
            URL certs = URI.create(issuer + "/protocol/openid-connect/certs").toURL();
            return new AccessTokenVerifier(issuer, audience, realmKeys(certs, CACHE_TIME_TO_LIVE, outageTolerance));
        } catch (MalformedURLException | IllegalArgumentException e) {
            throw new IllegalStateException("intranet.oidc.provider-uri is not a URL: " + issuer, e);
        }
    }

    /**
     * The realm's keys at {@code url}. The cache's timings scale with its time to live so that a test can
     * shorten it and keep the same chain: at five minutes they are Nimbus' defaults (15 s to fetch,
     * refresh 30 s ahead, 30 s between forced refreshes).
     */
    static JWKSource<SecurityContext> realmKeys(URL url, Duration cacheTimeToLive, Duration outageTolerance) {
        long ttl = cacheTimeToLive.toMillis();
        long step = Math.min(ttl / 10, 30_000);
        JWKSourceBuilder<SecurityContext> keys = JWKSourceBuilder.<SecurityContext>create(url)
                .cache(ttl, Math.min(ttl / 10, 15_000))
                .refreshAheadCache(step, false)
                .rateLimited(step)
                .retrying(true);
        if (!outageTolerance.isNegative() && !outageTolerance.isZero()) {
            keys.outageTolerant(outageTolerance.toMillis(), outage -> LOG.warning(() ->
                    "The realm's keys cannot be fetched from " + url + ": tokens are checked against the keys fetched last"));
        } else {
            keys.outageTolerant(false);
        }
        return keys.build();
    }

    public Optional<Caller> verify(String token) {
        try {
            JWTClaimsSet claims = processor.process(token, null);
            if (!ACCESS_TOKEN_TYPE.equals(claims.getStringClaim("typ"))) {
                LOG.fine(() -> "Rejected a token that is not an access token: typ " + claims.getClaim("typ"));
                return Optional.empty();
            }
            String client = claims.getStringClaim("azp");
            if (client == null || client.isBlank()) {
                LOG.fine("Rejected an access token that names no client (azp)");
                return Optional.empty();
            }
            return profile(claims);
        } catch (ParseException | BadJOSEException | JOSEException | RuntimeException e) {
            LOG.fine(() -> "Rejected an access token: " + e.getMessage());
            return Optional.empty();
        }
    }

    private static Optional<Caller> profile(JWTClaimsSet claims) throws ParseException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        List<String> groups = claims.getStringListClaim("groups");
        if (groups != null) {
            groups.forEach(g -> Role.fromRoleName(g).ifPresent(roles::add));
        }
        if (roles.isEmpty()) {
            return Optional.empty();
        }
        String subject = claims.getSubject();
        String username = Optional.ofNullable(claims.getStringClaim("preferred_username")).orElse(subject);
        String name = Optional.ofNullable(claims.getStringClaim("name")).orElse(username);
        String mission = Optional.ofNullable(claims.getStringClaim("mission")).orElse(NO_MISSION);
        PersonnelCategory category = Optional.ofNullable(claims.getStringClaim("category"))
                .flatMap(PersonnelCategory::fromCode).orElse(PersonnelCategory.CIVILIAN);
        return Optional.of(new Caller(subject, username, name, roles, mission, category));
    }
}
