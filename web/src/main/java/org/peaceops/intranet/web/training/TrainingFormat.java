package org.peaceops.intranet.web.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Times on the training pages: UTC, readable, the same everywhere (as on the document page). */
@Named
@ApplicationScoped
public class TrainingFormat {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    public String when(Instant at) {
        return at == null ? "" : WHEN.format(at);
    }
}
