package org.peaceops.intranet.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.Optional;
import org.peaceops.intranet.platform.application.HeadquartersLink;

/**
 * The banner of every page of a mission node while headquarters does not answer: since when, and that what
 * people do here is kept and sent when the link returns. Never shown at headquarters.
 */
@Named
@RequestScoped
public class HeadquartersBanner {

    @Inject
    HeadquartersLink link;

    @Inject
    Times times;

    private Optional<Instant> since;

    private Optional<Instant> since() {
        if (since == null) {
            since = link.unreachableSince();
        }
        return since;
    }

    public boolean isShown() {
        return since().isPresent();
    }

    /** The moment as pages show moments (UTC); the hour alone when it was today. */
    public String getSince() {
        return since().map(times::clock).orElse("");
    }
}
