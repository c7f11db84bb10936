package org.peaceops.intranet.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Every role against every route, built from the application's own route list (/api/v1/routes): a
 * page or endpoint added without an access rule shows up as NO-RULE and fails here. Allowed pages
 * answer 200 with their own title; others answer 403 with the access-denied page; allowed endpoints
 * answer 200, others 403.
 */
@Tag("one-mode") // the same whichever way people sign in: runs in OIDC mode only (config/bin/test)
class AuthorizationMatrixIT {

    /**
     * The status and the page title (#page-title of the HTML, empty for other answers) of a GET; pages
     * follow redirects as a browser would, endpoints do not (a redirect to sign-in is not an answer).
     */
    private static final String FETCH = "const done = arguments[arguments.length - 1];"
            + "fetch(arguments[0], {redirect: arguments[1]}).then(r => r.text().then(body => {"
            + "  const html = (r.headers.get('Content-Type') || '').includes('html')"
            + "      ? new DOMParser().parseFromString(body, 'text/html') : null;"
            + "  const title = html && html.getElementById('page-title');"
            + "  done([r.status, title ? title.textContent.trim() : '']);"
            + "})).catch(e => done([-1, String(e)]));";

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"reader", "reader2", "contributor", "approver", "trainer", "bpo", "admin"})
    void eachRoleReachesExactlyWhatItsRulesAllow(String username) {
        try (Browser browser = new Browser()) {
            browser.signIn(username, "demo");
            browser.open("/api/v1/routes");
            List<String> routes = browser.driver().findElement(By.tagName("body")).getText().lines()
                    .filter(line -> !line.isBlank()).toList();
            assertThat(routes).as("the application's route list").isNotEmpty()
                    .noneMatch(line -> line.endsWith("NO-RULE"))
                    .anyMatch(line -> line.startsWith("PAGE ")).anyMatch(line -> line.startsWith("API "));

            List<String> roles = rolesOf(username);
            SoftAssertions softly = new SoftAssertions();
            for (String route : routes) {
                String[] parts = route.split(" ");
                boolean allowed = List.of(parts[2].split(",")).stream().anyMatch(roles::contains);
                // Fetched inside the signed-in browser (its session, its cookies), not rendered: the
                // verdict is the server's answer, and rendering 40 pages per role took most of the run.
                List<?> answer = (List<?>) ((JavascriptExecutor) browser.driver()).executeAsyncScript(FETCH,
                        ItEnvironment.appUrl() + parts[1], parts[0].equals("PAGE") ? "follow" : "manual");
                long status = (Long) answer.get(0);
                if (parts[0].equals("PAGE")) {
                    String title = (String) answer.get(1);
                    softly.assertThat(status).as(username + " " + route + " status").isEqualTo(allowed ? 200L : 403L);
                    softly.assertThat(title).as(username + " " + route + " title").isNotBlank();
                    softly.assertThat(title.contains("Access denied")).as(username + " " + route).isEqualTo(!allowed);
                } else {
                    softly.assertThat(status).as(username + " " + route).isEqualTo(allowed ? 200L : 403L);
                }
            }
            browser.screenshot("matrix-" + username);
            softly.assertAll();
        }
    }

    /** The demo users' roles, as the realm and the demo directory give them. */
    private static List<String> rolesOf(String username) {
        List<String> roles = new ArrayList<>(List.of("reader"));
        switch (username) {
            case "contributor" -> roles.add("contributor");
            case "approver" -> roles.add("approver");
            case "trainer" -> roles.add("trainer");
            case "bpo" -> roles.addAll(List.of("contributor", "bpo"));
            case "admin" -> roles.add("admin");
            default -> { }
        }
        return roles;
    }
}
