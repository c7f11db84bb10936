package org.peaceops.intranet.platform.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.peaceops.intranet.platform.application.HeadquartersProbe;

/**
 * Headquarters answers when {@code GET /health/ready} of its server (the root of the intranet's address:
 * health is served beside the application, not inside it) says 200 within a few seconds. A satellite link
 * of 600 ms round trip answers in well under that; a link that is down fails fast on connect.
 */
@ApplicationScoped
public class HttpHeadquartersProbe implements HeadquartersProbe {

    private static final Logger LOG = Logger.getLogger(HttpHeadquartersProbe.class.getName());
    private static final Duration CONNECT = Duration.ofSeconds(4);
    private static final Duration ANSWER = Duration.ofSeconds(8);

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(CONNECT)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Override
    public boolean answers(String headquartersUrl) {
        try {
            URI ready = URI.create(headquartersUrl.strip()).resolve("/health/ready");
            HttpResponse<Void> response = client.send(HttpRequest.newBuilder(ready).timeout(ANSWER).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException | IllegalArgumentException e) {
            LOG.log(Level.FINE, "Headquarters did not answer", e);
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
