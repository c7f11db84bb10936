package org.peaceops.intranet.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Sign-ins go into the audit trail in both modes; in demo mode, five wrong passwords for one account
 * pause that account, and a colleague at the same computer still signs in. The account guessed at is
 * made up for the test, so the pause locks no real account of the shared test server.
 */
class SignInAuditIT {

    private static String auditCsv(Browser admin, String action) throws Exception {
        HttpResponse<String> csv = ItEnvironment.get(ItEnvironment.appUrl() + "/admin/audit.csv?action=" + action,
                "Cookie", admin.sessionCookie());
        assertThat(csv.statusCode()).isEqualTo(200);
        return csv.body();
    }

    private static String waitForMessage(Browser browser, String text) {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .ignoring(StaleElementReferenceException.class).ignoring(NoSuchElementException.class)
                .until(d -> {
                    String shown = d.findElement(By.id("loginMessages")).getText();
                    return shown.contains(text) ? shown : null;
                });
    }

    @Test
    void repeatedDemoFailuresPauseThatAccountOnlyAndEverySignInIsAudited() throws Exception {
        String guessed = "nobody" + System.nanoTime();
        if (!ItEnvironment.oidc()) {
            try (Browser browser = new Browser()) {
                for (int i = 0; i < 5; i++) {
                    browser.open("/login.xhtml");
                    browser.submitCredentials(guessed, "guess" + i);
                    waitForMessage(browser, "Sign-in failed");
                }
                browser.open("/login.xhtml");
                browser.submitCredentials(guessed, "demo");
                String paused = waitForMessage(browser, "Sign-in paused");
                assertThat(paused).contains("Try again in 15 minute(s)").doesNotContain("Sign-in failed");
                browser.screenshot("sign-in-paused");
            }
        }
        try (Browser admin = new Browser()) {
            admin.signIn("admin", "demo"); // from the same address, right after: not paused
            String succeeded = auditCsv(admin, "SIGN_IN_SUCCEEDED");
            assertThat(succeeded.lines().filter(l -> l.contains("\"SIGN_IN_SUCCEEDED\",\"sign-in\",\""
                    + (ItEnvironment.oidc() ? "oidc" : "demo") + "\"") && l.contains("admin (")))
                    .as(succeeded).isNotEmpty();
            if (!ItEnvironment.oidc()) {
                String failed = auditCsv(admin, "SIGN_IN_FAILED");
                assertThat(failed.lines().filter(l -> l.contains(guessed) && l.contains("wrong user name or password")))
                        .hasSize(5);
                assertThat(auditCsv(admin, "SIGN_IN_THROTTLED").lines().filter(l -> l.contains(guessed)))
                        .hasSize(1);
            }
        }
    }
}
