package org.peaceops.intranet.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Every role against every route, built from the application's own route list (/api/v1/routes): a
 * page or endpoint added without an access rule shows up as NO-RULE and fails here. Allowed pages
 * open; others show the access-denied page; allowed endpoints answer 200, others 403.
 */
class AuthorizationMatrixIT {

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
                if (parts[0].equals("PAGE")) {
                    browser.open(parts[1]);
                    String title = browser.waitFor(By.id("page-title")).getText();
                    softly.assertThat(title.contains("Access denied")).as(username + " " + route).isEqualTo(!allowed);
                } else {
                    long status = (Long) ((JavascriptExecutor) browser.driver()).executeAsyncScript(
                            "const done = arguments[arguments.length - 1];"
                                    + "fetch(arguments[0], {redirect: 'manual'}).then(r => done(r.status));",
                            ItEnvironment.appUrl() + parts[1]);
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
            case "bpo" -> roles.add("bpo");
            case "admin" -> roles.add("admin");
            default -> { }
        }
        return roles;
    }
}
