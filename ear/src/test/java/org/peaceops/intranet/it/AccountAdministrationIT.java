package org.peaceops.intranet.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Identity administration against a real Keycloak (keycloak-admin-client, isolated): an administrator
 * creates an account with a temporary password, the person signs in through Keycloak (changing it) with
 * the reader's navigation; the administrator gives them the contributor role and moves them to another
 * mission, and their next sign-in shows both; disabling the account locks them out. In demo mode the
 * pages say that accounts live in Keycloak, and missions are still recorded locally.
 */
class AccountAdministrationIT {

    static final String TEMPORARY = "Temporary-pass-2026";
    static final String CHOSEN = "Chosen-pass-2026!";

    @Test
    void anAccountCreatedInTheIntranetSignsInThroughKeycloakAndARoleChangeTakesEffect() throws Exception {
        String username = "it-" + Long.toString(System.currentTimeMillis(), 36);
        try (Browser admin = new Browser()) {
            admin.signIn("admin", "demo");
            admin.open("/admin/accounts.xhtml");
            if (!ItEnvironment.oidc()) {
                assertThat(admin.waitFor(By.id("not-available")).getText()).contains("Keycloak");
                admin.screenshot("admin-accounts-demo");
                return;
            }
            assertThat(admin.waitFor(By.id("accountsForm:accounts")).getText()).contains("trainer2").contains("reader");
            create(admin, username, "civilian", null);
            admin.screenshot("admin-accounts-created");

            try (Browser person = signInFirstTime(username)) {
                assertThat(person.driver().findElements(By.cssSelector("a.nav-library"))).isNotEmpty();
                assertThat(person.driver().findElements(By.cssSelector("a.nav-admin"))).isEmpty();
                // Every role reads the Toolbox; only a contributor files reports ("My reports").
                person.open("/toolbox/index.xhtml");
                person.waitFor(By.id("board-link"));
                assertThat(person.driver().findElements(By.id("mine-link"))).as("no filing before the role").isEmpty();
            }

            search(admin, username);
            admin.clickWhenStable(By.cssSelector("[id$='edit-access']"));
            admin.waitFor(By.id("access-username"));
            checkRole(admin, "accessForm:accessRoles", "contributor");
            new Select(admin.driver().findElement(By.id("accessForm:accessMission_input"))).selectByValue("MINUSCA");
            click(admin, By.id("accessForm:save-access"));
            assertThat(message(admin, "saved")).contains("saved");

            String me = me(username, CHOSEN);
            assertThat(me).contains("MINUSCA").contains("contributor");
            try (Browser person = new Browser()) {
                person.signIn(username, CHOSEN);
                person.open("/toolbox/index.xhtml");
                assertThat(person.waitFor(By.id("mine-link")).isDisplayed()).as("a contributor files reports").isTrue();
                person.screenshot("admin-accounts-new-role");
            }

            search(admin, username);
            admin.clickWhenStable(By.cssSelector("[id$='toggle-enabled']"));
            admin.waitFor(By.id("accountsForm:confirm-yes")).click();
            new WebDriverWait(admin.driver(), Duration.ofSeconds(20)).until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("accountsForm:accounts"), "Disabled"));
            assertThat(ItEnvironment.passwordGrant(username, CHOSEN).statusCode()).isIn(400, 401);
        }
    }

    @Test
    void aDuplicateUsernameIsRefusedWithAClearMessageAndNothingChanges() throws Exception {
        if (!ItEnvironment.oidc()) {
            return;
        }
        try (Browser admin = new Browser()) {
            admin.signIn("admin", "demo");
            admin.open("/admin/accounts.xhtml");
            admin.waitFor(By.id("accountsForm:accounts"));
            fillNewAccount(admin, "trainer2", "someone-new@peaceops.test", "civilian");
            click(admin, By.id("newAccountForm:create-account"));
            WebElement error = admin.waitFor(By.cssSelector("#newAccountForm\\:newAccountMessages .ui-messages-error"));
            assertThat(error.getText()).contains("already exists");
            assertThat(ItEnvironment.passwordGrant("trainer2", "demo").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aMissionCreatedInTheIntranetIsListedWithItsCountry() {
        String code = "IT" + Long.toString(System.currentTimeMillis() % 100_000_000L, 36).toUpperCase();
        try (Browser admin = new Browser()) {
            admin.signIn("admin", "demo");
            admin.open("/admin/missions.xhtml");
            assertThat(admin.waitFor(By.id("missionsForm:missions")).getText()).contains("UNMISS").contains("South Sudan");
            admin.driver().findElement(By.id("missionsForm:code")).sendKeys(code);
            admin.driver().findElement(By.id("missionsForm:name")).sendKeys("Integration Test Mission");
            admin.driver().findElement(By.id("missionsForm:country")).sendKeys("Nowhere");
            admin.driver().findElement(By.id("missionsForm:create-mission")).click();
            admin.waitFor(By.id("missionsForm:confirm-yes")).click();
            new WebDriverWait(admin.driver(), Duration.ofSeconds(20)).until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("missionsForm:missions"), code));
            assertThat(admin.driver().findElement(By.id("missionsForm:missions")).getText()).contains("Nowhere");
            admin.screenshot("admin-missions");
            if (ItEnvironment.oidc()) {
                admin.open("/admin/directory.xhtml");
                assertThat(admin.waitFor(By.id("directoryForm:missionGroups")).getText()).contains("/missions/" + code);
                admin.screenshot("admin-directory");
            }
        }
    }

    /** Creates an account in UNMISS on the accounts page (open in {@code admin}), with the temporary password. */
    static void create(Browser admin, String username, String category, String personnelNumber) {
        fillNewAccount(admin, username, username + "@peaceops.test", category);
        if (personnelNumber != null) {
            admin.driver().findElement(By.id("newAccountForm:personnelNumber")).sendKeys(personnelNumber);
        }
        admin.driver().findElement(By.id("newAccountForm:temporaryPassword")).sendKeys(TEMPORARY);
        click(admin, By.id("newAccountForm:create-account"));
        assertThat(message(admin, "created")).contains("created");
    }

    /** The first sign-in of an account {@link #create created} here: the temporary password is changed to {@link #CHOSEN}. */
    static Browser signInFirstTime(String username) {
        Browser person = new Browser();
        person.open("/");
        person.submitCredentials(username, TEMPORARY);
        person.waitFor(By.id("password-new")).sendKeys(CHOSEN);
        person.driver().findElement(By.id("password-confirm")).sendKeys(CHOSEN + "\n");
        person.waitFor(By.cssSelector("nav.app-nav"));
        return person;
    }

    private static void fillNewAccount(Browser admin, String username, String email, String category) {
        admin.driver().findElement(By.id("accountsForm:new-account")).click();
        admin.waitFor(By.id("newAccountForm:username")).sendKeys(username);
        admin.driver().findElement(By.id("newAccountForm:firstName")).sendKeys("Integration");
        admin.driver().findElement(By.id("newAccountForm:lastName")).sendKeys("Tester");
        admin.driver().findElement(By.id("newAccountForm:email")).sendKeys(email);
        new Select(admin.driver().findElement(By.id("newAccountForm:mission_input"))).selectByValue("UNMISS");
        new Select(admin.driver().findElement(By.id("newAccountForm:category_input"))).selectByValue(category);
        // No e-mail verification: the test realm has no mail server, and the person must get in.
        WebElement verify = admin.driver().findElement(By.id("newAccountForm:verifyEmail_input"));
        ((JavascriptExecutor) admin.driver()).executeScript("arguments[0].click()", verify);
    }

    /** Dialog buttons may sit below the fold of the test window: clicked as a keyboard user would reach them. */
    private static void click(Browser admin, By button) {
        ((JavascriptExecutor) admin.driver()).executeScript("arguments[0].click()", admin.driver().findElement(button));
    }

    private static void search(Browser admin, String username) {
        WebElement search = admin.driver().findElement(By.id("accountsForm:search"));
        search.clear();
        search.sendKeys(username);
        admin.driver().findElement(By.id("accountsForm:searchButton")).click();
        // The table is replaced when the search answers: a row read while that happens is looked up again.
        new WebDriverWait(admin.driver(), Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
            List<WebElement> rows = d.findElements(By.cssSelector("#accountsForm\\:accounts tbody tr"));
            return rows.size() == 1 && rows.get(0).getText().contains(username);
        });
    }

    private static void checkRole(Browser admin, String group, String role) {
        WebElement box = admin.driver().findElement(By.cssSelector("input[id^='" + group.replace(":", "\\:") + "'][value='" + role + "']"));
        ((JavascriptExecutor) admin.driver()).executeScript("arguments[0].click()", box);
    }

    /** The page's message once it says {@code expected}, or the last one seen (for the failure's text). */
    private static String message(Browser admin, String expected) {
        String[] last = {""};
        try {
            return new WebDriverWait(admin.driver(), Duration.ofSeconds(30))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
                        List<WebElement> found = d.findElements(By.cssSelector(
                                "#messages .ui-messages-info, #messages .ui-messages-warn, #messages .ui-messages-error"));
                        last[0] = found.isEmpty() ? "" : found.get(0).getText();
                        return last[0].contains(expected) ? last[0] : null;
                    });
        } catch (org.openqa.selenium.TimeoutException e) {
            return last[0];
        }
    }

    private static String me(String username, String password) throws Exception {
        return ItEnvironment.get(ItEnvironment.appUrl() + "/api/v1/me", "Authorization",
                "Bearer " + ItEnvironment.accessToken(username, password)).body();
    }
}
