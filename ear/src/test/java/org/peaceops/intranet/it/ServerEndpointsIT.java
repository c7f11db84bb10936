package org.peaceops.intranet.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Health, OpenAPI and the deny-by-default rule, over plain HTTP against the deployed EAR. */
class ServerEndpointsIT {

    /** Anyone may ask: UP or DOWN per check, never where the data lives nor the schema versions. */
    @Test
    void readinessChecksDatabaseAndDataDirectoryWithoutDetails() throws Exception {
        HttpResponse<String> ready = ItEnvironment.get(ItEnvironment.serverUrl() + "/health/ready");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body())
                .contains("\"status\":\"UP\"")
                .contains("\"name\":\"database\"")
                .contains("\"name\":\"data-directory\"")
                .doesNotContain("\"path\"").doesNotContain("\"problem\"")
                .doesNotContain("migrated").doesNotContain("documents").doesNotContain("training")
                .doesNotContainPattern("\"(/[\\w.-]+)+\"");
    }

    /**
     * A 3 GB multipart post to a public page is refused at once with a clear page, before the server
     * spools it to disk; a real socket, because the refusal comes while the client is still sending.
     */
    @Test
    void aMultipartPostAboveTheUploadLimitIsRefusedBeforeItIsRead() throws Exception {
        java.net.URI app = java.net.URI.create(ItEnvironment.appUrl());
        try (java.net.Socket socket = new java.net.Socket(app.getHost(), app.getPort())) {
            socket.setSoTimeout(30_000);
            java.io.OutputStream out = socket.getOutputStream();
            String boundary = "----itboundary";
            out.write(("POST " + app.getPath() + "/login.xhtml HTTP/1.1\r\nHost: " + app.getHost() + ":" + app.getPort()
                    + "\r\nContent-Type: multipart/form-data; boundary=" + boundary
                    + "\r\nContent-Length: 3221225472\r\nAccept-Language: en\r\n\r\n--" + boundary
                    + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.bin\"\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            out.write(new byte[256 * 1024]);
            out.flush();
            java.io.BufferedReader in = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    java.nio.charset.StandardCharsets.UTF_8));
            StringBuilder response = new StringBuilder();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                response.append(line).append('\n');
                if (line.contains("</html>")) {
                    break; // the page is whole: the server may still be draining the unsent body
                }
            }
            assertThat(response.toString()).startsWith("HTTP/1.1 413").contains("Too large to send")
                    .containsPattern("upload limit of [0-9]+ MB").doesNotContain("Exception");
        }
    }

    @Test
    void openApiDocumentsTheRestApi() throws Exception {
        HttpResponse<String> openapi = ItEnvironment.get(ItEnvironment.serverUrl() + "/openapi");
        assertThat(openapi.statusCode()).isEqualTo(200);
        assertThat(openapi.body())
                .contains("Peace operations intranet API")
                .contains("/api/v1/me")
                .contains("/api/v1/document-types");
    }

    @Test
    void pagesAndApiAreDeniedWithoutSignIn() throws Exception {
        for (String path : new String[] {"/", "/index.xhtml", "/library/index.xhtml", "/admin/index.xhtml",
                "/api/v1/document-types", "/api/v1/me"}) {
            HttpResponse<String> response = ItEnvironment.get(ItEnvironment.appUrl() + path);
            assertThat(response.statusCode()).as(path).isIn(302, 401, 403);
            if (response.statusCode() == 302) {
                String signIn = ItEnvironment.oidc() ? "/realms/peaceops/protocol/openid-connect/auth?"
                        : "/intranet/login.xhtml";
                assertThat(response.headers().firstValue("Location")).as(path).hasValueSatisfying(
                        location -> assertThat(location).contains(signIn));
            }
            assertThat(response.body()).as(path).doesNotContain("POLICY_DIRECTIVE").doesNotContain("UNMISS");
        }
    }

    @Test
    void loginPageListsDemoAccountsOnlyInDemoMode() throws Exception {
        HttpResponse<String> login = ItEnvironment.get(ItEnvironment.appUrl() + "/login.xhtml");
        assertThat(login.statusCode()).isEqualTo(200);
        if (ItEnvironment.oidc()) {
            assertThat(login.body()).contains("signInWithKeycloak").doesNotContain("demo-accounts")
                    .doesNotContain("loginForm").doesNotContain("reader2");
        } else {
            assertThat(login.body()).contains("loginForm").contains("demo-accounts").contains("reader2");
        }
    }

    @Test
    void frenchLoginPageFollowsTheBrowserLanguage() throws Exception {
        HttpResponse<String> login = ItEnvironment.get(ItEnvironment.appUrl() + "/login.xhtml",
                "Accept-Language", "fr-FR,fr;q=0.9");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("Connexion").contains("lang=\"fr\"").doesNotContain("Sign in");
    }

    @Test
    void unknownPublicPathGetsTheFriendlyNotFoundPage() throws Exception {
        HttpResponse<String> missing = ItEnvironment.get(ItEnvironment.appUrl() + "/error/no-such-page.xhtml");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("Page not found")
                .doesNotContainPattern("at [\\w.$]+\\([\\w$]+\\.java:\\d+\\)"); // no stack trace
    }
}
