package org.peaceops.intranet.identity.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.shared.PersonnelCategory;
import org.peaceops.intranet.shared.Role;

/** Real RS256 tokens signed with generated keys: what passes and what never does. */
class AccessTokenVerifierTest {

    private static final String ISSUER = "http://localhost:28180/realms/peaceops";
    private static RSAKey realmKey;
    private static RSAKey otherKey;
    private static AccessTokenVerifier verifier;

    @BeforeAll
    static void keys() throws Exception {
        realmKey = new RSAKeyGenerator(2048).keyID("realm").generate();
        otherKey = new RSAKeyGenerator(2048).keyID("realm").generate();
        verifier = new AccessTokenVerifier(ISSUER, "intranet", new ImmutableJWKSet<>(new JWKSet(realmKey.toPublicJWK())));
    }

    private static JWTClaimsSet.Builder claims() {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject("f1e2d3")
                .audience(List.of("intranet", "account"))
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(300)))
                .claim("typ", "Bearer")
                .claim("azp", "intranet-tests")
                .claim("preferred_username", "reader2")
                .claim("name", "Jean-Pierre Mbala")
                .claim("groups", List.of("reader", "offline_access"))
                .claim("mission", "MINUSCA")
                .claim("category", "police");
    }

    private static String sign(JWTClaimsSet claims, RSAKey key) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    @Test
    void aValidTokenGivesTheCallersProfile() throws Exception {
        Caller profile = verifier.verify(sign(claims().build(), realmKey)).orElseThrow();
        assertThat(profile.subject()).isEqualTo("f1e2d3");
        assertThat(profile.username()).isEqualTo("reader2");
        assertThat(profile.roles()).containsExactly(Role.READER);
        assertThat(profile.mission()).isEqualTo("MINUSCA");
        assertThat(profile.category()).isEqualTo(PersonnelCategory.POLICE);
    }

    @Test
    void aTamperedTokenIsRejected() throws Exception {
        String token = sign(claims().build(), realmKey);
        String[] parts = token.split("\\.");
        String forged = sign(claims().claim("groups", List.of("admin")).build(), realmKey).split("\\.")[1];
        assertThat(verifier.verify(parts[0] + "." + forged + "." + parts[2])).isEmpty();
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRejected() throws Exception {
        assertThat(verifier.verify(sign(claims().build(), otherKey))).isEmpty();
    }

    @Test
    void anExpiredTokenIsRejected() throws Exception {
        Instant past = Instant.now().minusSeconds(3600);
        JWTClaimsSet expired = claims().issueTime(Date.from(past)).expirationTime(Date.from(past.plusSeconds(300))).build();
        assertThat(verifier.verify(sign(expired, realmKey))).isEmpty();
    }

    @Test
    void aTokenForAnotherAudienceIsRejected() throws Exception {
        assertThat(verifier.verify(sign(claims().audience("account").build(), realmKey))).isEmpty();
    }

    @Test
    void aTokenFromAnotherIssuerIsRejected() throws Exception {
        assertThat(verifier.verify(sign(claims().issuer("http://evil.example.org/realms/peaceops").build(), realmKey)))
                .isEmpty();
    }

    @Test
    void unsignedOrHmacTokensAreRejected() throws Exception {
        assertThat(verifier.verify(new PlainJWT(claims().build()).serialize())).isEmpty();
        SignedJWT hmac = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims().build());
        hmac.sign(new MACSigner(new byte[32]));
        assertThat(verifier.verify(hmac.serialize())).isEmpty();
    }

    @Test
    void aTokenWithoutAnIntranetRoleIsRejected() throws Exception {
        assertThat(verifier.verify(sign(claims().claim("groups", List.of("offline_access")).build(), realmKey))).isEmpty();
    }

    @Test
    void anIdTokenForTheIntranetIsRejectedThoughSignedByTheRealm() throws Exception {
        JWTClaimsSet idToken = claims().audience("intranet").claim("typ", "ID").claim("azp", "intranet")
                .claim("nonce", "n-0S6_WzA2Mj").build();
        assertThat(verifier.verify(sign(idToken, realmKey))).isEmpty();
    }

    @Test
    void aTokenWithoutATypeOrAnotherTypeIsRejected() throws Exception {
        assertThat(verifier.verify(sign(claims().claim("typ", null).build(), realmKey))).isEmpty();
        assertThat(verifier.verify(sign(claims().claim("typ", "Refresh").build(), realmKey))).isEmpty();
        assertThat(verifier.verify(sign(claims().claim("typ", "bearer ").build(), realmKey))).isEmpty();
    }

    @Test
    void anAccessTokenNamingNoClientIsRejected() throws Exception {
        assertThat(verifier.verify(sign(claims().claim("azp", null).build(), realmKey))).isEmpty();
        assertThat(verifier.verify(sign(claims().claim("azp", " ").build(), realmKey))).isEmpty();
    }

    @Test
    void garbageIsRejected() {
        assertThat(verifier.verify("not a token")).isEmpty();
        assertThat(verifier.verify("")).isEmpty();
    }
}
