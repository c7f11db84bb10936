package org.peaceops.intranet.documents.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Once a day, puts guidance whose review date has come under review. Not persistent: a missed run is
 * simply done by the next one, and on a cluster every node may run it safely (the optimistic lock on the
 * document lets only one of them record the step).
 */
@Singleton
public class ReviewDateTimer {

    private static final Logger LOG = Logger.getLogger(ReviewDateTimer.class.getName());

    @Inject
    GuidanceLifecycleService lifecycle;

    @Schedule(hour = "2", minute = "15", persistent = false)
    void daily() {
        int started = lifecycle.startDueReviews();
        if (started > 0) {
            LOG.info(() -> started + " guidance version(s) reached their review date and are now under review");
        }
    }
}
