package org.peaceops.intranet.documents.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.peaceops.intranet.platform.application.MissionNode;
import org.peaceops.intranet.shared.schedule.JobClaims;
import org.peaceops.intranet.platform.application.NightlySchedule;

/**
 * Once a day, puts guidance whose review date has come under review. Not persistent: a missed run is
 * simply done by the next one. On a cluster one instance a day runs it (the others find the day claimed);
 * even two at once would be safe, the optimistic lock on the document letting only one record the step.
 * It fires at {@code intranet.jobs.nightly-at} ({@link NightlySchedule}).
 */
@Singleton
@Startup
public class ReviewDateTimer {

    private static final Logger LOG = Logger.getLogger(ReviewDateTimer.class.getName());

    @Inject
    GuidanceLifecycleService lifecycle;

    @Inject
    JobClaims claims;

    @Inject
    MissionNode node;

    @Inject
    @ConfigProperty(name = NightlySchedule.KEY, defaultValue = NightlySchedule.DEFAULT)
    String nightlyAt;

    @Resource
    TimerService timers;

    @PostConstruct
    void schedule() {
        timers.createCalendarTimer(NightlySchedule.of(nightlyAt), new TimerConfig("review-dates", false));
    }

    @Timeout
    void daily() {
        // A node's catalogue is headquarters' copy: the reviews started there arrive by replication.
        if (node.isNode()) {
            return;
        }
        if (!claims.claim("review-dates", LocalDate.now(ZoneOffset.UTC).toString())) {
            return;
        }
        int started = lifecycle.startDueReviews();
        if (started > 0) {
            LOG.info(() -> started + " guidance version(s) reached their review date and are now under review");
        }
    }
}
