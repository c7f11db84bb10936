package org.peaceops.intranet.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The accessibility gate over the whole navigation: as each role, in English and in French, every
 * page of the menu and every page those pages link to passes axe-core (WCAG 2.1 A and AA, no serious
 * or critical violation; {@link Browser} audits each page and fails the test with the list), and each
 * says its language. The other browser tests pass the same gate on the pages they visit. The sign-in and
 * error pages differ between the sign-in modes and are audited in both; the rest in OIDC mode only.
 */
class AccessibilityIT {

    /** One page per path is enough: the same page with another document differs only in content. */
    private static final int MAX_PAGES = 40;

    static Stream<Arguments> rolesAndLanguages() {
        return Stream.of("reader", "contributor", "approver", "trainer", "admin")
                .flatMap(user -> Stream.of(Arguments.of(user, "en"), Arguments.of(user, "fr")));
    }

    /** The pages are the same whichever way people signed in: the walk runs in OIDC mode only (config/bin/test). */
    @Tag("one-mode")
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("rolesAndLanguages")
    void everyPageOfTheNavigationIsAccessible(String username, String language) {
        try (Browser browser = new Browser()) {
            browser.signIn(username, "demo");
            if (language.equals("fr")) {
                browser.waitFor(By.id("headerForm:lang-fr")).click();
                browser.waitFor(By.cssSelector("html[lang='fr'] nav.app-nav"));
            }
            Map<String, String> pages = new LinkedHashMap<>();
            for (String menuPage : links("nav.app-nav a[href]", browser)) {
                pages.putIfAbsent(path(menuPage), menuPage);
            }
            Map<String, String> linked = new LinkedHashMap<>();
            for (String menuPage : pages.values()) {
                visit(browser, menuPage, language);
                for (String link : links("main a[href]", browser)) {
                    if (!pages.containsKey(path(link)) && pages.size() + linked.size() < MAX_PAGES) {
                        linked.putIfAbsent(path(link), link);
                    }
                }
            }
            for (String page : linked.values()) {
                visit(browser, page, language);
            }
            pages.putAll(linked);
            browser.screenshot("accessibility-" + username + "-" + language);
            // The gate saw every page: a hook that audited nothing would pass everything.
            List<String> audited = browser.auditedPages().stream().map(p -> p.substring(0, p.indexOf(' '))).toList();
            for (String page : pages.values()) {
                assertThat(audited).as("audited pages").contains(page.replace(ItEnvironment.appUrl(), ""));
            }
        }
    }

    @Test
    void signInAndErrorPagesAreAccessibleInBothLanguages() {
        try (Browser browser = new Browser()) {
            browser.open("/error/404.xhtml");
            browser.waitFor(By.id("page-title"));
            browser.waitFor(By.id("headerForm:lang-fr")).click();
            browser.waitFor(By.cssSelector("html[lang='fr'] #page-title"));
            for (String errorPage : List.of("403", "500", "503", "expired", "signin-unavailable")) {
                browser.open("/error/" + errorPage + ".xhtml");
                browser.waitFor(By.id("page-title"));
            }
            if (!ItEnvironment.oidc()) {
                // In OIDC mode the sign-in page is Keycloak's, not the intranet's: outside the gate.
                browser.open("/login.xhtml");
                browser.waitFor(By.id("username"));
            }
            browser.waitFor(By.id("headerForm:lang-en")).click();
            browser.waitFor(By.cssSelector("html[lang='en'] main"));
            assertThat(browser.auditedPages()).contains("/error/404.xhtml (en)", "/error/404.xhtml (fr)",
                    "/error/403.xhtml (fr)", "/error/signin-unavailable.xhtml (fr)");
            if (!ItEnvironment.oidc()) {
                assertThat(browser.auditedPages()).contains("/login.xhtml (fr)", "/login.xhtml (en)");
            }
        }
    }

    private static void visit(Browser browser, String page, String language) {
        browser.driver().get(page);
        browser.waitFor(By.id("main"));
        assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).as(page).isEqualTo(language);
    }

    /** A dialog takes the keyboard focus when it opens, and passes the gate while open, in both languages. */
    @Tag("one-mode")
    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"en", "fr"})
    void anOpenDialogHoldsTheFocusAndIsAccessible(String language) {
        try (Browser browser = new Browser()) {
            browser.signIn("admin", "demo");
            browser.open("/admin/document-types.xhtml");
            if (language.equals("fr")) {
                browser.waitFor(By.id("headerForm:lang-fr")).click();
                browser.waitFor(By.cssSelector("html[lang='fr'] main"));
            }
            browser.clickWhenStable(By.id("taxonomyForm:entries:0:rename"));
            WebElement dialog = browser.waitFor(By.id("taxonomyForm:renameDialog"));
            assertThat(dialog.getAttribute("role")).isEqualTo("dialog");
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                    .until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                            "return arguments[0].contains(document.activeElement);", dialog)));
            assertThat(browser.driver().switchTo().activeElement().getAttribute("id"))
                    .isEqualTo("taxonomyForm:editedNameEn");
            browser.checkAccessibility("rename dialog open");
            assertThat(browser.auditedPages()).contains("/admin/document-types.xhtml (" + language + ") [rename dialog open]");
        }
    }

    /** Same-site pages (Faces views) the selector's links lead to; files, the API and anchors left out. */
    private static List<String> links(String selector, Browser browser) {
        List<String> found = new ArrayList<>();
        for (WebElement link : browser.driver().findElements(By.cssSelector(selector))) {
            String href = link.getAttribute("href");
            if (href != null && href.startsWith(ItEnvironment.appUrl()) && path(href).endsWith(".xhtml")) {
                found.add(href.replaceAll("#.*$", ""));
            }
        }
        return found;
    }

    private static String path(String url) {
        return url.replaceAll("[?#].*$", "");
    }
}
