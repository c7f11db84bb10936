package org.peaceops.intranet.web.shell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Moments as pages show them (the one date formatter of the pages): one UTC clock for every mission, so
 * times compare across time zones.
 */
@Named
@ApplicationScoped
public class Times {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm 'UTC'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter EXACT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    public String when(Instant at) {
        return at == null ? "" : WHEN.format(at);
    }

    /** The hour (UTC) of a moment of today, the day and hour of an earlier one. */
    public String clock(Instant at) {
        if (at == null) {
            return "";
        }
        boolean today = at.atOffset(ZoneOffset.UTC).toLocalDate().equals(java.time.LocalDate.now(ZoneOffset.UTC));
        return today ? CLOCK.format(at) : WHEN.format(at);
    }

    /** To the second, for the audit trail, where the order of events a moment apart matters. */
    public String exact(Instant at) {
        return at == null ? "" : EXACT.format(at);
    }
}
