package org.peaceops.intranet.identity.application;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import org.junit.jupiter.api.Test;

class AuthenticationModeGuardTest {

    @Test
    void demoOnEmbeddedH2IsAllowed() {
        assertThatCode(() -> AuthenticationModeGuard.verdict(AuthenticationMode.DEMO, "H2", false))
                .doesNotThrowAnyException();
    }

    @Test
    void demoOnPostgresqlIsRefused() {
        assertThatIllegalStateException()
                .isThrownBy(() -> AuthenticationModeGuard.verdict(AuthenticationMode.DEMO, "PostgreSQL", false))
                .withMessageContaining("PostgreSQL")
                .withMessageContaining("intranet.auth.demo.allow-with-postgresql");
    }

    @Test
    void demoOnPostgresqlIsRefusedWhateverTheProductNameCase() {
        assertThatIllegalStateException()
                .isThrownBy(() -> AuthenticationModeGuard.verdict(AuthenticationMode.DEMO, "POSTGRESQL", false));
        assertThatIllegalStateException()
                .isThrownBy(() -> AuthenticationModeGuard.verdict(AuthenticationMode.DEMO, "postgresql", false));
    }

    @Test
    void demoOnPostgresqlIsAllowedWhenAnOperatorExplicitlyAllowsIt() {
        assertThatCode(() -> AuthenticationModeGuard.verdict(AuthenticationMode.DEMO, "PostgreSQL", true))
                .doesNotThrowAnyException();
    }

    @Test
    void oidcOnPostgresqlIsAllowed() {
        assertThatCode(() -> AuthenticationModeGuard.verdict(AuthenticationMode.OIDC, "PostgreSQL", false))
                .doesNotThrowAnyException();
        assertThatCode(() -> AuthenticationModeGuard.verdict(AuthenticationMode.OIDC, "H2", false))
                .doesNotThrowAnyException();
    }
}
