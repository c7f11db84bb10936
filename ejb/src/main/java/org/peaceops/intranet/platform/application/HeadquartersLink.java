package org.peaceops.intranet.platform.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * On a mission node: whether headquarters answers, and since when it does not. Every
 * {@code intranet.node.probe-seconds} (default 15) headquarters' readiness is asked for with short timeouts
 * (one probe at a time, so a slow link never piles them up); the first failure after an answer is the moment
 * the link was lost, shown by every page's banner until headquarters answers again. That moment is kept in
 * the data directory ({@link LinkLossRecord}) so that a node restarted during the outage still shows it. At
 * headquarters nothing runs and the link is never down.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class HeadquartersLink {

    private static final Logger LOG = Logger.getLogger(HeadquartersLink.class.getName());

    @Resource
    TimerService timers;

    @Inject
    MissionNode node;

    @Inject
    HeadquartersProbe probe;

    @Inject
    DataDirectory dataDirectory;

    @Inject
    @ConfigProperty(name = "intranet.node.probe-seconds", defaultValue = "15")
    int seconds;

    private Clock clock = Clock.systemUTC();
    private final AtomicBoolean probing = new AtomicBoolean();
    private LinkLossRecord record;
    private volatile Instant unreachableSince;

    public HeadquartersLink() {
    }

    /** For tests: a link of this node probed by hand, keeping its moment in {@code dataDirectory}. */
    public static HeadquartersLink of(MissionNode node, HeadquartersProbe probe, Clock clock, Path dataDirectory) {
        HeadquartersLink link = new HeadquartersLink();
        link.node = node;
        link.probe = probe;
        link.clock = clock;
        link.recall(dataDirectory);
        return link;
    }

    @PostConstruct
    void schedule() {
        recall(dataDirectory.root());
        if (node.isNode() && seconds > 0) {
            long interval = Math.max(2, seconds) * 1000L;
            timers.createIntervalTimer(1000L, interval, new TimerConfig("headquarters-probe", false));
        }
    }

    /** On a node: the moment an earlier run found headquarters unreachable, until a probe says otherwise. */
    private void recall(Path directory) {
        if (node.isNode()) {
            record = new LinkLossRecord(directory);
            unreachableSince = record.read().orElse(null);
            Instant since = unreachableSince;
            if (since != null) {
                LOG.info(() -> "Headquarters was found unreachable since " + since + " before this start; probing again");
            }
        }
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void onTimer() {
        probeNow();
    }

    /** Asks headquarters once (skipped while another probe runs); whether it answered. */
    public boolean probeNow() {
        if (!node.isNode() || !probing.compareAndSet(false, true)) {
            return unreachableSince == null;
        }
        try {
            boolean answers = probe.answers(node.headquarters().orElseThrow());
            Instant since = unreachableSince;
            if (answers && since != null) {
                unreachableSince = null;
                record.forget();
                LOG.info(() -> "Headquarters answers again (unreachable since " + since + ")");
            } else if (!answers && since == null) {
                Instant now = clock.instant();
                unreachableSince = now;
                record.keep(now);
                LOG.warning(() -> "Headquarters " + node.headquarters().orElse("") + " unreachable since " + now
                        + ": changes made here are kept and sent when the link returns");
            }
            return answers;
        } finally {
            probing.set(false);
        }
    }

    /** Since when headquarters does not answer; empty while it does (and always at headquarters). */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Optional<Instant> unreachableSince() {
        return Optional.ofNullable(unreachableSince);
    }
}
