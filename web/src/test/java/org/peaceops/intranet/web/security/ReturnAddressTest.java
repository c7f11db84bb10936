package org.peaceops.intranet.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReturnAddressTest {

    @Test
    void remembersPagesButNotSignInErrorOrResources() {
        assertThat(ReturnAddress.isPage("/")).isTrue();
        assertThat(ReturnAddress.isPage("/library/index.xhtml")).isTrue();
        assertThat(ReturnAddress.isPage("/login.xhtml")).isFalse();
        assertThat(ReturnAddress.isPage("/error/404.xhtml")).isFalse();
        assertThat(ReturnAddress.isPage("/jakarta.faces.resource/theme.css.xhtml")).isFalse();
        assertThat(ReturnAddress.isPage("/oidc/callback")).isFalse();
    }

    @Test
    void sendsOnlyToPagesOfThisApplication() {
        assertThat(ReturnAddress.safeTarget("/training/index.xhtml?tab=2")).isEqualTo("/training/index.xhtml?tab=2");
        assertThat(ReturnAddress.safeTarget("//evil.example.org/x.xhtml")).isEqualTo("/");
        assertThat(ReturnAddress.safeTarget("https://evil.example.org/")).isEqualTo("/");
        assertThat(ReturnAddress.safeTarget("/\\evil.example.org/a.xhtml")).isEqualTo("/");
        assertThat(ReturnAddress.safeTarget("/login.xhtml")).isEqualTo("/");
        assertThat(ReturnAddress.safeTarget(null)).isEqualTo("/");
        assertThat(ReturnAddress.safeTarget(42)).isEqualTo("/");
    }
}
