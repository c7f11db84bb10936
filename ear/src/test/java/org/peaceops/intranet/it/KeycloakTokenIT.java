package org.peaceops.intranet.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * The Keycloak server started by the test command runs the peaceops realm from config/keycloak and
 * issues tokens whose claims carry roles, mission and category the way the intranet reads them.
 */
class KeycloakTokenIT {

    private static HttpResponse<String> passwordGrant(String user, String password) throws Exception {
        return ItEnvironment.passwordGrant(user, password);
    }

    private static String accessTokenPayload(HttpResponse<String> response) {
        Object token = ApiSession.json(response.body()).get("access_token");
        assertThat(token).as("access_token in " + response.body()).isInstanceOf(String.class);
        String[] parts = ((String) token).split("\\.");
        assertThat(parts).hasSize(3);
        return new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
    }

    @Test
    void readerTokenCarriesRoleMissionCategoryAndAudience() throws Exception {
        HttpResponse<String> response = passwordGrant("reader", "demo");
        assertThat(response.statusCode()).isEqualTo(200);
        String payload = accessTokenPayload(response);
        assertThat(payload)
                .contains("\"groups\":[\"reader\"]")
                .contains("\"mission\":\"UNMISS\"")
                .contains("\"category\":\"civilian\"")
                .contains("\"iss\":\"" + ItEnvironment.required("it.keycloak.url") + "/realms/peaceops\"")
                .containsPattern("\"aud\":(\\[[^]]*)?\"intranet\"")
                .doesNotContain("offline_access")
                .doesNotContain("default-roles");
    }

    @Test
    void adminTokenCarriesAdminRoleAtHeadquarters() throws Exception {
        String payload = accessTokenPayload(passwordGrant("admin", "demo"));
        assertThat(payload).containsPattern("\"groups\":\\[[^]]*\"admin\"").contains("\"mission\":\"HQ\"");
    }

    @Test
    void wrongPasswordGetsNoToken() throws Exception {
        HttpResponse<String> response = passwordGrant("reader", "not-the-password");
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("invalid_grant").doesNotContain("access_token");
    }
}
