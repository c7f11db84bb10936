package org.peaceops.intranet.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;

/**
 * The security headers on every route of /api/v1/routes (pages, API, servlet files), on error pages and
 * on the sign-in page: a full Content-Security-Policy (with PrimeFaces' nonce on pages), nosniff, a
 * referrer policy, no product version in Server or X-Powered-By; the session cookie HttpOnly and
 * SameSite=Lax; an HTML file downloaded through the API is a sandboxed attachment.
 */
class SecurityHeadersIT {

    private static void assertHeaders(SoftAssertions softly, String what, HttpResponse<String> response) {
        var headers = response.headers();
        String csp = String.join(" ; ", headers.allValues("Content-Security-Policy"));
        softly.assertThat(headers.allValues("Content-Security-Policy")).as(what + " one CSP header").hasSize(1);
        if (!csp.contains("sandbox")) {
            softly.assertThat(csp).as(what + " CSP").contains("default-src 'self'", "object-src 'none'", "base-uri 'self'",
                    "frame-ancestors 'self'", "script-src 'self'");
        }
        softly.assertThat(headers.firstValue("X-Content-Type-Options")).as(what + " nosniff").hasValue("nosniff");
        softly.assertThat(headers.firstValue("Referrer-Policy")).as(what + " referrer").isPresent();
        softly.assertThat(headers.firstValue("Strict-Transport-Security")).as(what + " no HSTS over plain HTTP").isEmpty();
        softly.assertThat(headers.allValues("X-Powered-By")).as(what + " X-Powered-By").isEmpty();
        softly.assertThat(headers.firstValue("Server").orElse("")).as(what + " Server").doesNotContainPattern("[0-9]")
                .doesNotContainIgnoringCase("payara").doesNotContainIgnoringCase("glassfish");
    }

    @Test
    void everyRouteAnswersWithTheSecurityHeaders() throws Exception {
        ApiSession admin = ApiSession.signIn("admin");
        HttpResponse<String> list = admin.get("/api/v1/routes", "Accept", "text/plain");
        List<String> routes = list.body().lines().filter(l -> !l.isBlank()).toList();
        assertThat(routes).anyMatch(l -> l.startsWith("PAGE ")).anyMatch(l -> l.startsWith("API "));
        SoftAssertions softly = new SoftAssertions();
        assertHeaders(softly, "/api/v1/routes", list);
        for (String route : routes) {
            String[] parts = route.split(" ");
            HttpResponse<String> response = admin.get(parts[1], "Accept", "text/html,application/json;q=0.9,*/*;q=0.8");
            assertHeaders(softly, route, response);
            if (parts[0].equals("PAGE") && response.statusCode() == 200) {
                softly.assertThat(response.headers().firstValue("Content-Security-Policy").orElse(""))
                        .as(route + " PrimeFaces nonce").contains("'nonce-");
            }
        }
        assertHeaders(softly, "an unknown page (404)", admin.get("/no-such-page.xhtml"));
        assertHeaders(softly, "an unknown API route (404)", admin.get("/api/v1/no-such-route"));
        assertHeaders(softly, "the sign-in page, not signed in", ItEnvironment.get(ItEnvironment.appUrl() + "/login.xhtml"));
        softly.assertAll();
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() {
        try (Browser browser = new Browser()) {
            browser.signIn("reader", "demo");
            Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
            assertThat(session.isHttpOnly()).isTrue();
            assertThat(session.getSameSite()).isEqualToIgnoringCase("Lax");
            assertThat(session.isSecure()).as("plain HTTP in the tests: Secure only behind TLS").isFalse();
        }
    }

    @Test
    void anHtmlFileIsDownloadedAsASandboxedAttachment() throws Exception {
        ApiSession contributor = ApiSession.signIn("contributor");
        String reference = "HDR." + Long.toString(System.nanoTime() % 100_000_000L, 36).toUpperCase();
        HttpResponse<String> created = contributor.json("POST", "/api/v1/documents", "{\"type\":\"SOP\",\"referenceNumber\":\""
                + reference + "\",\"titleEn\":\"Headers " + reference + "\",\"languages\":[\"en\"],\"owningOffice\":"
                + "\"Policy and Best Practices Service\",\"mission\":\"UNMISS\",\"classification\":\"INTERNAL\","
                + "\"themes\":[\"PLANNING\"]}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String file = "/api/v1/documents/" + ApiSession.documentId(created.body()) + "/versions/1/file";
        HttpResponse<String> put = contributor.put(file + "?name=page.html", "text/html",
                "<!DOCTYPE html><html><head><title>t</title></head><body><script>alert(document.cookie)</script><p>Hello</p></body></html>"
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
        HttpResponse<String> download = contributor.get(file);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment");
        assertThat(download.headers().firstValue("Content-Security-Policy").orElse("")).contains("sandbox")
                .contains("default-src 'none'");
        assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }
}
