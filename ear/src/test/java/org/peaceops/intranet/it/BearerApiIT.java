package org.peaceops.intranet.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * The REST API with Keycloak access tokens: accepted in OIDC mode when signed by the realm for the
 * intranet; a tampered token, a token on a page, or any token in demo mode gets a bare 401; a valid
 * token without the role gets 403.
 */
class BearerApiIT {

    private static HttpResponse<String> api(String path, String token) throws Exception {
        return ItEnvironment.get(ItEnvironment.appUrl() + "/api" + path, "Authorization", "Bearer " + token,
                "Accept", "application/json");
    }

    @Test
    void aReaderTokenShowsTheReadersProfile() throws Exception {
        HttpResponse<String> me = api("/v1/me", ItEnvironment.accessToken("reader"));
        if (ItEnvironment.oidc()) {
            assertThat(me.statusCode()).isEqualTo(200);
            assertThat(me.body()).contains("\"username\":\"reader\"").contains("\"mission\":\"UNMISS\"")
                    .contains("\"roles\":[\"reader\"]").contains("\"category\":\"civilian\"");
        } else {
            assertThat(me.statusCode()).as("demo mode accepts no tokens").isEqualTo(401);
        }
    }

    @Test
    void aTamperedTokenGets401WithoutDetail() throws Exception {
        String token = ItEnvironment.accessToken("reader");
        String tampered = token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");
        HttpResponse<String> me = api("/v1/me", tampered);
        assertThat(me.statusCode()).isEqualTo(401);
        assertThat(me.body()).doesNotContainIgnoringCase("signature").doesNotContainIgnoringCase("exception");
    }

    @Test
    void garbageTokenGets401() throws Exception {
        assertThat(api("/v1/me", "not-a-jwt").statusCode()).isEqualTo(401);
    }

    @Test
    void aValidTokenWithoutTheRoleGets403() throws Exception {
        HttpResponse<String> status = api("/v1/admin/status", ItEnvironment.accessToken("reader"));
        assertThat(status.statusCode()).isEqualTo(ItEnvironment.oidc() ? 403 : 401);
        assertThat(status.body()).doesNotContain("PostgreSQL");
    }

    @Test
    void anAdminTokenReadsSystemStatus() throws Exception {
        HttpResponse<String> status = api("/v1/admin/status", ItEnvironment.accessToken("admin"));
        if (ItEnvironment.oidc()) {
            assertThat(status.statusCode()).isEqualTo(200);
            assertThat(status.body()).contains("\"database\":\"PostgreSQL\"").contains("\"authMode\":\"oidc\"");
        } else {
            assertThat(status.statusCode()).isEqualTo(401);
        }
    }

    @Test
    void tokensAreForTheApiOnly() throws Exception {
        HttpResponse<String> page = ItEnvironment.get(ItEnvironment.appUrl() + "/index.xhtml",
                "Authorization", "Bearer " + ItEnvironment.accessToken("admin"));
        assertThat(page.statusCode()).isEqualTo(401);
        assertThat(page.body()).doesNotContain("Rahul Verma");
    }
}
