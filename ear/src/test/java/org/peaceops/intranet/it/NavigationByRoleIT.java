package org.peaceops.intranet.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** In a real browser: each demo role signs in and sees exactly the sections its role may use. */
class NavigationByRoleIT {

    private Browser browser;
    private String testName;

    @BeforeEach
    void openBrowser(TestInfo info) {
        browser = new Browser();
        testName = info.getTestMethod().map(m -> m.getName()).orElse("test")
                + (info.getDisplayName().startsWith(info.getTestMethod().map(m -> m.getName()).orElse("")) ? ""
                        : "-" + info.getDisplayName().replaceAll("\\W+", "-"));
    }

    @AfterEach
    void closeBrowser() {
        browser.screenshot(testName);
        browser.close();
    }

    static Stream<Arguments> roles() {
        return Stream.of(
                Arguments.of("reader", "UNMISS", List.of("Library", "Training", "Toolbox")),
                Arguments.of("reader2", "MINUSCA", List.of("Library", "Training", "Toolbox")),
                Arguments.of("contributor", "UNMISS", List.of("Library", "Training", "Toolbox")),
                Arguments.of("approver", "HQ", List.of("Library", "Training", "Toolbox")),
                Arguments.of("trainer", "UNMISS", List.of("Library", "Training", "Toolbox")),
                Arguments.of("bpo", "UNMISS", List.of("Library", "Training", "Toolbox")),
                Arguments.of("admin", "HQ", List.of("Library", "Training", "Toolbox", "Administration")));
    }

    private List<String> sections() {
        return browser.driver().findElements(By.cssSelector("nav.app-nav li a")).stream()
                .map(WebElement::getText).map(String::strip)
                .filter(text -> !text.equals("Home") && !text.equals("Accueil"))
                .toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("roles")
    void eachRoleSeesOnlyItsSections(String username, String mission, List<String> expected) {
        browser.signIn(username, "demo");
        assertThat(sections()).containsExactlyElementsOf(expected);
        assertThat(browser.waitFor(By.id("profile-mission")).getText()).isEqualTo(mission);

        // Every visible section opens, with its breadcrumb.
        for (String section : expected) {
            browser.driver().findElement(By.linkText(section)).click();
            assertThat(browser.waitFor(By.id("page-title")).getText()).isNotBlank();
            assertThat(browser.driver().findElement(By.id("breadcrumb")).getText()).contains(section);
        }
    }

    @Test
    void readerIsDeniedAdministrationWithAHelpfulPage() {
        browser.signIn("reader", "demo");
        browser.open("/admin/index.xhtml");
        WebElement title = browser.waitFor(By.id("page-title"));
        assertThat(title.getText()).contains("Access denied");
        assertThat(browser.driver().getPageSource()).contains("ask your mission");
    }

    @Test
    void adminSeesSystemStatusOnPostgresql() {
        browser.signIn("admin", "demo");
        browser.driver().findElement(By.linkText("Administration")).click();
        assertThat(browser.waitFor(By.id("status-database")).getText()).contains("PostgreSQL");
        assertThat(browser.driver().findElement(By.id("status-auth-mode")).getText())
                .isEqualTo(ItEnvironment.authMode());
    }

    @Test
    void theDirectoryRecordsWhoSignedIn() {
        try (Browser other = new Browser()) {
            other.signIn("reader2", "demo");
        }
        browser.signIn("admin", "demo");
        browser.open("/admin/people.xhtml");
        String table = browser.waitFor(By.id("peopleForm:people")).getText();
        assertThat(table).contains("(admin)").contains("(reader2)").contains("MINUSCA");
        browser.driver().findElement(By.id("peopleForm:search")).sendKeys("reader2");
        browser.driver().findElement(By.id("peopleForm:searchButton")).click();
        // The table is replaced by the ajax answer: an element read during the swap is stale, so look again.
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> !d.findElement(By.id("peopleForm:people")).getText().contains("(admin)"));
        assertThat(browser.driver().findElement(By.id("peopleForm:people")).getText()).contains("(reader2)");
    }

    @Test
    void wrongPasswordIsRefusedWithAClearMessage() {
        browser.open("/");
        browser.submitCredentials("reader", "wrong");
        if (ItEnvironment.oidc()) {
            assertThat(browser.waitFor(By.xpath("//*[contains(text(), 'Invalid username or password')]")).isDisplayed())
                    .isTrue();
        } else {
            assertThat(browser.waitFor(By.id("loginMessages")).getText()).contains("Sign-in failed");
        }
        assertThat(browser.onSignInPage()).isTrue();
        assertThat(browser.driver().findElements(By.cssSelector("nav.app-nav"))).isEmpty();
    }

    @Test
    void languageSwitchTranslatesThePageAndStays() {
        browser.signIn("trainer", "demo");
        browser.driver().findElement(By.linkText("Library")).click();
        browser.waitFor(By.id("headerForm:lang-fr")).click();
        assertThat(browser.waitFor(By.id("page-title")).getText()).isEqualTo("Bibliothèque");
        assertThat(sections()).containsExactly("Bibliothèque", "Formation", "Boîte à outils");
        assertThat(browser.driver().getCurrentUrl()).contains("/library/");
        browser.driver().findElement(By.linkText("Formation")).click();
        assertThat(browser.waitFor(By.id("page-title")).getText()).isEqualTo("Ma formation");
        browser.waitFor(By.id("headerForm:lang-en")).click();
        assertThat(browser.waitFor(By.id("page-title")).getText()).isEqualTo("My training");
    }

    @Test
    void signOutEndsTheSession() {
        browser.signIn("contributor", "demo");
        browser.driver().findElement(By.id("headerForm:userMenu_button")).click();
        browser.waitFor(By.linkText("Sign out")).click();
        assertThat(browser.waitFor(By.id("signed-out")).getText()).contains("signed out");
        // A new visit asks for the password again: in OIDC mode the Keycloak session has ended too.
        browser.open("/library/index.xhtml");
        browser.waitFor(By.id("password"));
        assertThat(browser.onSignInPage()).isTrue();
    }

    @Test
    void signingInReturnsToThePageFirstAskedFor() {
        browser.open("/training/index.xhtml");
        assertThat(browser.onSignInPage()).isTrue();
        browser.submitCredentials("reader2", "demo");
        assertThat(browser.waitFor(By.id("page-title")).getText()).isEqualTo("My training");
        assertThat(browser.driver().getCurrentUrl()).contains("/training/index.xhtml");
    }

    @Test
    void headerSearchGoesToTheSearchPage() {
        browser.signIn("reader", "demo");
        WebElement box = browser.waitFor(By.id("q_input"));
        box.sendKeys("protection of civilians\n");
        assertThat(browser.waitFor(By.id("search-text")).getAttribute("value")).isEqualTo("protection of civilians");
    }
}
