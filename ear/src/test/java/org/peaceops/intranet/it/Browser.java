package org.peaceops.intranet.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.events.EventFiringDecorator;
import org.openqa.selenium.support.events.WebDriverListener;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through Debian's chromedriver (nothing downloaded at run time),
 * with the flags that keep it quiet on a closed network and a fresh profile per browser.
 *
 * <p>Every intranet page it shows passes the accessibility gate: after each call the test makes
 * through the driver, a newly loaded page is audited with axe-core ({@link AccessibilityAudit}), and
 * {@link #close()} fails the test with the serious and critical violations found.
 */
final class Browser implements AutoCloseable {

    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final String CHROMIUM = "/usr/bin/chromium";
    /** Selenium warns at every start that it has no DevTools binding for this Chromium; we use none. */
    private static final java.util.logging.Logger SELENIUM_LOG = java.util.logging.Logger.getLogger("org.openqa.selenium");

    static {
        SELENIUM_LOG.setLevel(java.util.logging.Level.SEVERE);
    }

    private final WebDriver driver;
    private final AccessibilityAudit audit;
    private final Path profile;

    Browser() {
        try {
            profile = Files.createTempDirectory("it-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!Files.isExecutable(Path.of(CHROMEDRIVER)) || !Files.isExecutable(Path.of(CHROMIUM))) {
            throw new IllegalStateException("Chromium or chromedriver missing: config/bin/test installs "
                    + "the Debian packages chromium and chromium-driver");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1366,900", "--lang=en-GB",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver chrome = new ChromeDriver(service, options);
        chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        chrome.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        audit = new AccessibilityAudit(chrome);
        driver = new EventFiringDecorator<WebDriver>(new AuditNewPages(audit)).decorate(chrome);
    }

    /** After any call on the driver, its elements or its navigation: a new page is audited once. */
    private record AuditNewPages(AccessibilityAudit audit) implements WebDriverListener {
        @Override
        public void afterAnyCall(Object target, Method method, Object[] args, Object result) {
            if (!method.getName().equals("quit") && !method.getName().equals("close")) {
                audit.auditIfNewDocument();
            }
        }
    }

    /** Audits the page in its present state, e.g. with a dialog open (new pages need no call). */
    void checkAccessibility(String state) {
        audit.audit(state);
    }

    /** The pages audited so far, as "path (lang) [state]". */
    java.util.List<String> auditedPages() {
        return audit.audited();
    }

    WebDriver driver() {
        return driver;
    }

    void open(String path) {
        driver.get(ItEnvironment.appUrl() + path);
    }

    WebElement waitFor(By locator) {
        return new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /**
     * Clicks what the locator finds once the page holds still: an ajax update may replace the element
     * between finding and clicking it (stale element, or Chrome's "node does not belong to the
     * document"), so it is found again and retried for up to 20 s; then the last error is the failure.
     */
    void clickWhenStable(By locator) {
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> {
                    WebElement element = d.findElement(locator);
                    ((org.openqa.selenium.JavascriptExecutor) d)
                            .executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
                    element.click();
                    return true;
                });
    }

    /** Waits for the element, then clicks it once the page holds still ({@link #clickWhenStable}). */
    void click(By locator) {
        waitFor(locator);
        clickWhenStable(locator);
    }

    /** Clicks a button that submits the whole page, and waits for the new page. */
    void submit(By locator) {
        WebElement element = waitFor(locator);
        clickWhenStable(locator);
        waitUntilReplaced(element);
    }

    /** Waits up to 20 s until the element holds {@code text} (an ajax update or a new page brought it). */
    void waitForText(By locator, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
    }

    /**
     * A call from inside this signed-in browser (its session, its cookies; no redirect followed):
     * {@code status}, {@code type} (the content type) and {@code text} of the answer. {@code json}
     * null sends no body.
     */
    @SuppressWarnings("unchecked")
    java.util.Map<String, Object> call(String method, String path, String json) {
        return (java.util.Map<String, Object>) ((org.openqa.selenium.JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "const init = {method: arguments[1], redirect: 'manual'};"
                        + "if (arguments[2] !== null) { init.body = arguments[2];"
                        + "  init.headers = {'Content-Type': 'application/json', 'Accept': 'application/json'}; }"
                        + "fetch(arguments[0], init).then(async r => done({status: r.status,"
                        + " type: r.headers.get('content-type') || '', text: await r.text()}));",
                ItEnvironment.appUrl() + path, method, json);
    }

    /**
     * Waits until the element has left the page (a full-page submit replaced it). Chrome sometimes
     * answers "node does not belong to the document" instead of Selenium's stale-element error: that
     * says the same thing.
     */
    void waitUntilReplaced(WebElement element) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> {
            try {
                element.isEnabled();
                return false;
            } catch (org.openqa.selenium.StaleElementReferenceException gone) {
                return true;
            } catch (org.openqa.selenium.WebDriverException e) {
                String message = e.getMessage();
                if (message != null && message.contains("does not belong to the document")) {
                    return true;
                }
                throw e;
            }
        });
    }

    /** Clears the field once it is there and types into it. */
    WebElement type(By locator, String text) {
        WebElement field = waitFor(locator);
        field.clear();
        field.sendKeys(text);
        return field;
    }

    WebElement type(String id, String text) {
        return type(By.id(id), text);
    }

    /**
     * Chooses in a PrimeFaces select menu through the native select it submits (clicking the styled list
     * proved racy in headless Chromium), then lets the widget know. Returns the value chosen.
     */
    String choose(String menuId, String label) {
        Object chosen = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "const s = document.getElementById(arguments[0]);"
                        + "for (const o of s.options) { if (o.text === arguments[1]) { s.value = o.value; } }"
                        + "s.dispatchEvent(new Event('change', {bubbles: true}));"
                        + "return s.value;", menuId + "_input", label);
        if (chosen == null || chosen.toString().isBlank()) {
            throw new AssertionError("No option \"" + label + "\" in " + menuId);
        }
        return chosen.toString();
    }

    /** Clicks the label {@code label} of a checkbox or radio group. */
    void tick(String groupId, String label) {
        driver.findElement(By.id(groupId)).findElements(By.tagName("label")).stream()
                .filter(l -> l.getText().strip().equals(label)).findFirst().orElseThrow().click();
    }

    /** This browser's session, as the value of a {@code Cookie} header for plain HTTP calls. */
    String sessionCookie() {
        return "JSESSIONID=" + driver.manage().getCookieNamed("JSESSIONID").getValue();
    }

    /** Signs in from the home page and waits for the navigation. */
    void signIn(String username, String password) {
        open("/");
        submitCredentials(username, password);
        waitFor(By.cssSelector("nav.app-nav"));
    }

    /**
     * Fills whichever sign-in page the mode shows (ours in demo mode, Keycloak's in OIDC mode: both
     * name their fields username and password) and submits it with Enter, as a person would.
     */
    void submitCredentials(String username, String password) {
        waitFor(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password + "\n");
    }

    /** True when the browser is on the sign-in page of the current mode. */
    boolean onSignInPage() {
        String url = driver.getCurrentUrl();
        return ItEnvironment.oidc() ? url.contains("/realms/peaceops/") : url.contains("/login.xhtml");
    }

    /** Keeps what the browser shows, for a person to look at (ear/target/screenshots). */
    Path screenshot(String name) {
        try {
            Path dir = Path.of(ItEnvironment.required("it.screenshots.dir"));
            Files.createDirectories(dir);
            Path target = dir.resolve(ItEnvironment.authMode() + "-" + name + ".png");
            Files.write(target, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Asserts the accessibility gate on the pages seen so far and audits nothing after (the server is about to be killed). */
    void endAccessibilityAuditHere() {
        audit.endHere();
    }

    /** Quits the browser, then fails if a page it showed broke the accessibility gate. */
    @Override
    public void close() {
        try {
            audit.auditIfNewDocument();
        } finally {
            System.out.println("Accessibility gate so far in this run: " + AccessibilityAudit.runCost());
            driver.quit();
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a leftover temporary profile is harmless
            }
        }
        audit.assertNoViolations();
    }
}
