package org.peaceops.intranet.identity.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import org.junit.jupiter.api.Test;

class AuthenticationModeTest {

    @Test
    void parsesTheTwoModes() {
        assertThat(AuthenticationMode.parse("demo")).isEqualTo(AuthenticationMode.DEMO);
        assertThat(AuthenticationMode.parse("oidc")).isEqualTo(AuthenticationMode.OIDC);
    }

    @Test
    void ignoresCaseAndSurroundingBlanks() {
        assertThat(AuthenticationMode.parse("OIDC")).isEqualTo(AuthenticationMode.OIDC);
        assertThat(AuthenticationMode.parse(" Demo \n")).isEqualTo(AuthenticationMode.DEMO);
    }

    @Test
    void aBadValueIsRefusedWithAMessageNamingThePropertyAndTheValue() {
        assertThatIllegalStateException()
                .isThrownBy(() -> AuthenticationMode.parse("saml"))
                .withMessage("intranet.auth.mode must be demo or oidc, not 'saml'")
                .withCauseInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anEmptyValueIsRefusedToo() {
        assertThatIllegalStateException()
                .isThrownBy(() -> AuthenticationMode.parse(""))
                .withMessage("intranet.auth.mode must be demo or oidc, not ''");
    }
}
