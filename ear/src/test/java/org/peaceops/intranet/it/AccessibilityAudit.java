package org.peaceops.intranet.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;

/**
 * The accessibility gate of the browser tests: axe-core (the npm engine, shipped in Deque's Maven
 * artifact and brought by the build) run in the page, WCAG 2.0/2.1 A and AA rules only, keeping the
 * serious and critical violations with the page they were found on.
 *
 * <p>Every new document the browser shows is audited once, as soon as it has loaded (see
 * {@link #auditIfNewDocument}); a test audits a state reached by ajax, such as an open dialog, with
 * {@link #audit}. Pages that the intranet does not serve are left out: Keycloak's sign-in page in
 * OIDC mode is Keycloak's to answer for, and a file opened in the browser is not a page.
 */
final class AccessibilityAudit {

    private static final String AXE_SOURCE = loadAxe();
    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    /** Set on the document itself, so a new page (full submit, redirect, navigation) has lost it. */
    private static final String MARK = "__intranetAxeAudited";
    /** Elements listed per rule and page: a repeated widget fails the same way on every row. */
    private static final int NODES_SHOWN = 4;

    private final WebDriver driver;
    /** A page visited twice in the same state reports the same violation once. */
    private final java.util.Set<String> violations = new java.util.LinkedHashSet<>();
    private final List<String> audited = new ArrayList<>();
    private boolean running;
    /** Set once the server under this browser is stopped on purpose: what it shows then is no page of ours. */
    private boolean ended;
    /** Pages audited and the time axe took, over the whole test run: what the gate costs the suite. */
    private static final java.util.concurrent.atomic.AtomicLong RUN_AUDITS = new java.util.concurrent.atomic.AtomicLong();
    private static final java.util.concurrent.atomic.AtomicLong RUN_NANOS = new java.util.concurrent.atomic.AtomicLong();

    AccessibilityAudit(WebDriver undecoratedDriver) {
        this.driver = undecoratedDriver;
    }

    private static String loadAxe() {
        try (InputStream in = AccessibilityAudit.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js not on the test class path (ear/pom.xml brings "
                        + "com.deque.html.axe-core:selenium)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Audits the page the browser shows if it is a new, fully loaded intranet page; does nothing
     * otherwise (still loading: a later call audits it). Cheap when there is nothing to do: one script.
     */
    void auditIfNewDocument() {
        if (running || ended) {
            return;
        }
        try {
            Object state = js().executeScript("return document.readyState === 'complete' && !document." + MARK
                    + " && /html/.test(document.contentType) ? location.href : null;");
            if (state instanceof String url && url.startsWith(ItEnvironment.appUrl())) {
                audit(null);
            }
        } catch (WebDriverException navigatingAway) {
            // the document went away while being asked (a navigation started): the next call sees the new one
        }
    }

    /**
     * Runs axe on the page as it is now and records its serious and critical violations.
     *
     * @param state what the page shows beyond its URL (e.g. "upload dialog open"), or null
     */
    void audit(String state) {
        running = true;
        long start = System.nanoTime();
        try {
            JavascriptExecutor js = js();
            if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object';"))) {
                js.executeScript(AXE_SOURCE);
            }
            Object answer = js.executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    document.%s = true;
                    axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
                      .then(r => done({url: location.href, lang: document.documentElement.lang,
                          violations: r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                            .map(v => ({id: v.id, impact: v.impact, help: v.help,
                                nodes: v.nodes.map(n => n.target.join(' ') + '  ' + n.html.substring(0, 160)
                                    + (n.any.length ? '  — ' + n.any[0].message.substring(0, 200) : ''))}))}))
                      .catch(e => done({url: location.href, error: String(e)}));
                    """.formatted(MARK), TAGS);
            record(state, answer);
        } catch (WebDriverException e) {
            String message = String.valueOf(e.getMessage());
            if (!message.contains("unload") && !message.contains("context")) {
                violations.add(where(currentUrl(), null, state) + ": axe could not run: " + message.lines().findFirst().orElse(""));
            }
        } finally {
            running = false;
            RUN_AUDITS.incrementAndGet();
            RUN_NANOS.addAndGet(System.nanoTime() - start);
        }
    }

    /** "N pages in S s" audited so far in this test run (printed when a browser closes). */
    static String runCost() {
        return String.format("%d pages in %.1f s", RUN_AUDITS.get(), RUN_NANOS.get() / 1e9);
    }

    @SuppressWarnings("unchecked")
    private void record(String state, Object answer) {
        Map<String, Object> result = (Map<String, Object>) answer;
        String page = where((String) result.get("url"), (String) result.get("lang"), state);
        audited.add(page);
        if (result.get("error") != null) {
            violations.add(page + ": axe failed: " + result.get("error"));
            return;
        }
        for (Map<String, Object> v : (List<Map<String, Object>>) result.get("violations")) {
            StringBuilder line = new StringBuilder(page).append(": ").append(v.get("id"))
                    .append(" [").append(v.get("impact")).append("] ").append(v.get("help"));
            List<String> nodes = (List<String>) v.get("nodes");
            nodes.stream().limit(NODES_SHOWN).forEach(node -> line.append("\n      ").append(node.replaceAll("\\s+", " ")));
            if (nodes.size() > NODES_SHOWN) {
                line.append("\n      … and ").append(nodes.size() - NODES_SHOWN).append(" more element(s)");
            }
            violations.add(line.toString());
        }
    }

    private static String where(String url, String lang, String state) {
        String path = url == null ? "?" : url.replace(ItEnvironment.appUrl(), "");
        return path + (lang == null ? "" : " (" + lang + ")") + (state == null ? "" : " [" + state + "]");
    }

    /** The pages audited so far, as "path (lang) [state]". */
    List<String> audited() {
        return List.copyOf(audited);
    }

    List<String> violations() {
        return List.copyOf(violations);
    }

    /**
     * Checks every page audited so far, then audits nothing more: for a test that kills the server under
     * the browser, whose documents from then on are the casualties of the kill (an in-flight request
     * answered while the server shuts down has no session, no language, no page of ours).
     */
    void endHere() {
        assertNoViolations();
        ended = true;
    }

    /** Fails with every serious or critical violation found, one block per rule and page. */
    void assertNoViolations() {
        if (!violations.isEmpty()) {
            throw new AssertionError("Accessibility (axe-core, WCAG 2.1 A/AA, serious and critical): "
                    + violations.size() + " violation(s)\n  " + String.join("\n  ", violations));
        }
    }

    private String currentUrl() {
        try {
            return driver.getCurrentUrl();
        } catch (WebDriverException e) {
            return null;
        }
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) driver;
    }
}
