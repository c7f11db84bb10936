package org.peaceops.intranet.identity.application;

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
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.peaceops.intranet.identity.application.directory.DirectoryAccount;
import org.peaceops.intranet.identity.application.directory.DirectoryConnection;
import org.peaceops.intranet.identity.application.directory.DirectoryException;
import org.peaceops.intranet.identity.domain.Action;
import org.peaceops.intranet.identity.domain.PersonRepository;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.shared.audit.AuditAction;
import org.peaceops.intranet.shared.audit.AuditRecord;
import org.peaceops.intranet.shared.audit.AuditTrail;
import org.peaceops.intranet.shared.schedule.JobClaims;

/**
 * Brings the local directory in line with Keycloak between sign-ins: a person moved to another mission
 * or category, renamed, or disabled (or deleted) in Keycloak shows so here within
 * {@code intranet.directory.sync-minutes} (default 60; 0 turns the timer off). Administrators can also
 * run it at once. Only people who have signed in are kept locally; the sync adds no one. On a cluster
 * one instance per interval runs the timed sync (the interval's number is claimed).
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class DirectorySync {

    private static final Logger LOG = Logger.getLogger(DirectorySync.class.getName());

    @Resource
    TimerService timers;

    @Inject
    DirectoryConnection connection;

    @Inject
    PersonRepository people;

    @Inject
    AuditTrail audit;

    @Inject
    AccessControl access;

    @Inject
    JobClaims claims;

    @Inject
    @ConfigProperty(name = "intranet.directory.sync-minutes", defaultValue = "60")
    int minutes;

    private final Clock clock = Clock.systemUTC();
    private final AtomicBoolean running = new AtomicBoolean();

    /** What one run changed. */
    public record Outcome(int accounts, int updated, int disabled) {
    }

    @PostConstruct
    void schedule() {
        if (minutes > 0 && connection.isAvailable()) {
            long interval = minutes * 60_000L;
            timers.createIntervalTimer(interval, interval, new TimerConfig("directory-sync", false));
        }
    }

    @Timeout
    void onTimer() {
        long interval = clock.instant().getEpochSecond() / (minutes * 60L);
        if (!claims.claim("directory-sync", Long.toString(interval))) {
            return;
        }
        try {
            syncNow("system");
        } catch (DirectoryException e) {
            LOG.warning(() -> "Directory sync skipped: " + e.getMessage());
        }
    }

    /** An administrator runs the sync at once. */
    public Outcome syncNow(Caller admin) {
        access.require(admin, Action.ADMINISTER, admin.mission());
        return syncNow(admin.subject());
    }

    /** One run at a time: a second caller while one runs gets an empty outcome. */
    Outcome syncNow(String actorSubject) {
        if (!running.compareAndSet(false, true)) {
            return new Outcome(0, 0, 0);
        }
        try {
            List<DirectoryAccount> accounts = connection.directory().snapshot();
            Instant now = clock.instant();
            Set<String> seen = new HashSet<>();
            int updated = 0;
            for (DirectoryAccount account : accounts) {
                seen.add(account.id());
                var person = people.find(account.id());
                if (person.isPresent()) {
                    person.get().refreshFromDirectory(account.displayName(), account.email(), account.missionCode(),
                            account.categoryCode(), account.enabled(), now);
                    updated++;
                }
            }
            int disabled = 0;
            for (String subject : people.enabledSubjects()) {
                if (!seen.contains(subject)) {
                    // Deleted in Keycloak: kept (records reference the subject), marked as no longer enabled.
                    people.find(subject).ifPresent(p -> p.refreshFromDirectory(null, null, null, null, false, now));
                    disabled++;
                }
            }
            Outcome outcome = new Outcome(accounts.size(), updated, disabled);
            audit.record(new AuditRecord(now, actorSubject, AuditAction.DIRECTORY_SYNCED, "directory", "keycloak",
                    outcome.toString()));
            return outcome;
        } finally {
            running.set(false);
        }
    }
}
