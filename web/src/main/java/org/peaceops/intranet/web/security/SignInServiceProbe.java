package org.peaceops.intranet.web.security;

import org.peaceops.intranet.identity.application.OidcSettings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

/**
 * Answers, cheaply, whether Keycloak answers right now: its discovery document, fetched at most every
 * few seconds. Before sending someone off to sign in, the mechanism asks here, so that an outage shows
 * our "sign-in service unavailable" page rather than the browser's connection error; and it recovers
 * by itself as soon as Keycloak answers again.
 */
@ApplicationScoped
public class SignInServiceProbe {

    private static final Duration REMEMBER = Duration.ofSeconds(5);
    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    @Inject
    OidcSettings settings;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private volatile Instant checkedAt = Instant.EPOCH;
    private volatile boolean up;

    public boolean isUp() {
        Instant now = Instant.now();
        if (now.isAfter(checkedAt.plus(REMEMBER))) {
            up = answers();
            checkedAt = now;
        }
        return up;
    }

    private boolean answers() {
        try {
            HttpRequest request = HttpRequest.newBuilder(
                    URI.create(settings.getProviderUri() + "/.well-known/openid-configuration")).timeout(TIMEOUT).GET().build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (java.io.IOException | IllegalArgumentException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
