package org.peaceops.intranet.identity.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The realm's keys served over real HTTP (a JDK server standing in for Keycloak's certs endpoint), a cache
 * of one second, then Keycloak gone: tokens signed by a key fetched before the cut keep verifying for the
 * outage tolerance, and nothing else ever does.
 */
class RealmKeysOutageTest {

    private static final String ISSUER = "http://localhost:28180/realms/peaceops";
    private static final Duration CACHE = Duration.ofSeconds(1);
    private static RSAKey realmKey;
    private static RSAKey unknownKey;

    private HttpServer keycloak;
    private final AtomicInteger fetches = new AtomicInteger();
    private URL certs;

    @BeforeAll
    static void keys() throws Exception {
        realmKey = new RSAKeyGenerator(2048).keyID("realm-2026").generate();
        unknownKey = new RSAKeyGenerator(2048).keyID("rotated-in-during-the-outage").generate();
    }

    @BeforeEach
    void startKeycloak() throws Exception {
        keycloak = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        byte[] body = new JWKSet(realmKey.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        keycloak.createContext("/realms/peaceops/protocol/openid-connect/certs", exchange -> {
            fetches.incrementAndGet();
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        keycloak.start();
        certs = URI.create("http://127.0.0.1:" + keycloak.getAddress().getPort()
                + "/realms/peaceops/protocol/openid-connect/certs").toURL();
    }

    @AfterEach
    void stopKeycloak() {
        keycloak.stop(0);
    }

    private AccessTokenVerifier verifier(Duration outageTolerance) {
        return new AccessTokenVerifier(ISSUER, "intranet", AccessTokenVerifier.realmKeys(certs, CACHE, outageTolerance));
    }

    private static JWTClaimsSet.Builder claims(Instant issued, Instant expires) {
        return new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject("f1e2d3")
                .audience(List.of("intranet"))
                .issueTime(Date.from(issued))
                .expirationTime(Date.from(expires))
                .claim("typ", "Bearer")
                .claim("azp", "intranet-tests")
                .claim("preferred_username", "reader2")
                .claim("groups", List.of("reader"));
    }

    private static String sign(JWTClaimsSet claims, RSAKey key) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private static String valid(RSAKey key) throws Exception {
        Instant now = Instant.now();
        return sign(claims(now, now.plusSeconds(300)).build(), key);
    }

    /** Waits past the cache's time to live (and a refresh-ahead attempt or two), so the next check must fetch again. */
    private static void pastTheCache() throws InterruptedException {
        Thread.sleep(CACHE.toMillis() * 2);
    }

    @Test
    void aTokenIssuedBeforeTheOutageStillVerifiesOnceTheCacheHasExpired() throws Exception {
        AccessTokenVerifier verifier = verifier(Duration.ofHours(24));
        String token = valid(realmKey);
        assertThat(verifier.verify(token)).as("Keycloak up").isPresent();
        assertThat(fetches).as("the keys came over HTTP").hasValue(1);

        keycloak.stop(0);
        pastTheCache();

        assertThat(verifier.verify(token)).as("Keycloak down, cache expired").isPresent();
        assertThat(verifier.verify(valid(realmKey))).as("another token of the same key").isPresent();
    }

    @Test
    void withoutOutageToleranceTheSameTokenIsRefusedOnceTheCacheHasExpired() throws Exception {
        // The control: what every bearer token met during an outage before the keys were kept through it.
        AccessTokenVerifier verifier = verifier(Duration.ZERO);
        String token = valid(realmKey);
        assertThat(verifier.verify(token)).isPresent();

        keycloak.stop(0);
        pastTheCache();

        assertThat(verifier.verify(token)).isEmpty();
    }

    @Test
    void duringTheOutageAKeyNeverFetchedAForgeryOrAnExpiredTokenIsStillRefused() throws Exception {
        AccessTokenVerifier verifier = verifier(Duration.ofHours(24));
        assertThat(verifier.verify(valid(realmKey))).isPresent();

        keycloak.stop(0);
        pastTheCache();

        assertThat(verifier.verify(valid(unknownKey))).as("signed by a key the node never fetched").isEmpty();
        String token = valid(realmKey);
        String[] parts = token.split("\\.");
        Instant now = Instant.now();
        String elevated = sign(claims(now, now.plusSeconds(300)).claim("groups", List.of("admin")).build(), realmKey).split("\\.")[1];
        assertThat(verifier.verify(parts[0] + "." + elevated + "." + parts[2])).as("claims changed under the signature").isEmpty();
        Instant past = now.minusSeconds(3600);
        assertThat(verifier.verify(sign(claims(past, past.plusSeconds(300)).build(), realmKey))).as("expired").isEmpty();
        assertThat(verifier.verify(token)).as("and the genuine one still passes").isPresent();
    }

    @Test
    void theToleranceEndsItsLengthAfterTheLastFetch() throws Exception {
        Duration tolerance = Duration.ofSeconds(5);
        AccessTokenVerifier verifier = verifier(tolerance);
        String token = valid(realmKey);
        assertThat(verifier.verify(token)).isPresent();
        Instant fetched = Instant.now();

        keycloak.stop(0);
        pastTheCache();
        assertThat(verifier.verify(token)).as("within the tolerance").isPresent();

        Thread.sleep(Math.max(0, Duration.between(Instant.now(), fetched.plus(tolerance)).toMillis()) + CACHE.toMillis() * 2);
        assertThat(verifier.verify(token)).as("past it").isEmpty();
    }

    @Test
    void aNegativeToleranceIsTakenAsTheDefaultAndZeroTurnsItOff() {
        assertThat(KeycloakAccessTokens.outageTolerance(-1)).isEqualTo(Duration.ofHours(24));
        assertThat(KeycloakAccessTokens.outageTolerance(0)).isZero();
        assertThat(KeycloakAccessTokens.outageTolerance(72)).isEqualTo(Duration.ofHours(72));
    }
}
