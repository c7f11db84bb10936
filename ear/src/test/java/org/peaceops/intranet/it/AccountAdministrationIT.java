package org.peaceops.intranet.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An administrator disables a real Keycloak account from the intranet (keycloak-admin-client): the
 * person can no longer get in; enabling it again lets them back. In demo mode the page says where
 * accounts live instead.
 */
class AccountAdministrationIT {

    @Test
    void disablingAnAccountInTheIntranetLocksItOutOfKeycloak() throws Exception {
        try (Browser browser = new Browser()) {
            browser.signIn("admin", "demo");
            browser.open("/admin/users.xhtml");
            if (!ItEnvironment.oidc()) {
                assertThat(browser.waitFor(By.id("users-unavailable")).getText()).contains("Keycloak");
                return;
            }
            assertThat(browser.waitFor(By.id("usersForm:users")).getText()).contains("(trainer2)").contains("(reader)");
            toggle(browser, "trainer2");
            assertThat(statusOf(browser, "trainer2")).isEqualTo("Disabled");
            assertThat(ItEnvironment.passwordGrant("trainer2", "demo").statusCode()).isIn(400, 401);
            browser.screenshot("accounts-trainer2-disabled");

            toggle(browser, "trainer2");
            assertThat(statusOf(browser, "trainer2")).isEqualTo("Active");
            assertThat(ItEnvironment.passwordGrant("trainer2", "demo").statusCode()).isEqualTo(200);
        }
    }

    private static void toggle(Browser browser, String username) {
        String before = statusOf(browser, username);
        browser.driver().findElement(By.cssSelector(".toggle-" + username)).click();
        browser.waitFor(By.id("usersForm:confirmYes")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(
                d -> !statusOf(browser, username).equals(before));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
                .until(ExpectedConditions.invisibilityOfElementLocated(By.id("usersForm:confirmYes")));
    }

    private static String statusOf(Browser browser, String username) {
        return browser.driver().findElement(By.cssSelector(".status-" + username)).getText();
    }
}
