package org.peaceops.intranet.training.forward.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.peaceops.intranet.platform.application.MissionNode;
import org.peaceops.intranet.training.forward.domain.LearningEventRepository;

/**
 * At headquarters, every {@code intranet.node.learning-fold-seconds} (default 20; 0 turns it off): the
 * learning events mission nodes forwarded (rows their subscriptions brought into training.learning_event)
 * and not folded yet are folded, each in its own transaction ({@link LearningFold}). An event that fails
 * (headquarters' database busy, a bug) stays unfolded and is tried again at the next run. Never on a node,
 * whose events are its own rows already. On a cluster every instance runs it without a claim per interval
 * (that would write a row every few seconds for good): two folds of one event cannot both commit, the
 * event's key in training.learning_event_applied refuses the second.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ForwardedLearning {

    private static final Logger LOG = Logger.getLogger(ForwardedLearning.class.getName());
    private static final int BATCH = 500;

    @Resource
    TimerService timers;

    @Inject
    MissionNode node;

    @Inject
    LearningEventRepository events;

    @Inject
    LearningFold fold;

    @Inject
    @ConfigProperty(name = "intranet.node.learning-fold-seconds", defaultValue = "20")
    int seconds;

    private final AtomicBoolean running = new AtomicBoolean();

    @PostConstruct
    void schedule() {
        if (seconds > 0 && !node.isNode()) {
            long interval = seconds * 1000L;
            timers.createIntervalTimer(interval, interval, new TimerConfig("forwarded-learning", false));
        }
    }

    @Timeout
    void onTimer() {
        foldPending();
    }

    /** Folds what is waiting; the number folded. One run at a time. */
    public int foldPending() {
        if (!running.compareAndSet(false, true)) {
            return 0;
        }
        try {
            int folded = 0;
            List<String> pending = events.unapplied(BATCH);
            for (String id : pending) {
                try {
                    folded += fold.fold(id).isPresent() ? 1 : 0;
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Forwarded learning " + id + " not folded; tried again at the next run", e);
                }
            }
            if (folded > 0) {
                int n = folded;
                LOG.info(() -> "Folded " + n + " learning event(s) forwarded by mission nodes");
            }
            return folded;
        } finally {
            running.set(false);
        }
    }
}
