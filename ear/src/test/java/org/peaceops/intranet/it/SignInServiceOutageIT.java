package org.peaceops.intranet.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * With Keycloak stopped, a protected page says the sign-in service is unavailable (503, our page, no
 * stack trace); once Keycloak is back the intranet sends people to sign in again by itself. Stops and
 * restarts the test Keycloak, so config/bin/test runs it on its own, after the other OIDC tests.
 */
@Tag("outage")
class SignInServiceOutageIT {

    private static void run(String property) throws Exception {
        Process process = new ProcessBuilder("bash", "-c", ItEnvironment.required(property))
                .redirectErrorStream(true).inheritIO().start();
        assertThat(process.waitFor(240, TimeUnit.SECONDS)).as(property + " finished").isTrue();
        assertThat(process.exitValue()).as(property + " exit code").isZero();
    }

    @Test
    void keycloakDownShowsTheSignInUnavailablePageAndTheIntranetRecoversByItself() throws Exception {
        assertThat(ItEnvironment.oidc()).as("this test needs OIDC mode").isTrue();
        String page = ItEnvironment.appUrl() + "/library/index.xhtml";
        run("it.keycloak.stop");
        try {
            HttpResponse<String> down = waitFor(page, 503);
            assertThat(down.body()).contains("Sign-in service unavailable")
                    .doesNotContainPattern("at [\\w.$]+\\([\\w$]+\\.java:\\d+\\)");
            assertThat(down.headers().firstValue("Retry-After")).isPresent();
            try (Browser browser = new Browser()) {
                browser.open("/training/index.xhtml");
                assertThat(browser.waitFor(By.id("page-title")).getText()).contains("Sign-in service unavailable");
                browser.screenshot("signin-unavailable");
            }
        } finally {
            run("it.keycloak.start");
        }
        HttpResponse<String> back = waitFor(page, 302);
        assertThat(back.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).contains("/realms/peaceops/protocol/openid-connect/auth"));
    }

    /** The intranet remembers Keycloak's state for a few seconds: ask until it answers as expected. */
    private static HttpResponse<String> waitFor(String url, int status) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        HttpResponse<String> response = ItEnvironment.get(url);
        while (response.statusCode() != status && Instant.now().isBefore(deadline)) {
            Thread.sleep(1000);
            response = ItEnvironment.get(url);
        }
        assertThat(response.statusCode()).as(url).isEqualTo(status);
        return response;
    }
}
