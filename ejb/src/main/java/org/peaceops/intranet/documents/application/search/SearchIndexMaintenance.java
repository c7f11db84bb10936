package org.peaceops.intranet.documents.application.search;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.DependsOn;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.peaceops.intranet.documents.domain.audit.AuditEntry;
import org.peaceops.intranet.documents.domain.audit.AuditEntryRepository;
import org.peaceops.intranet.identity.domain.AccessPolicy;
import org.peaceops.intranet.identity.domain.Action;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.shared.audit.AuditAction;
import org.peaceops.intranet.shared.refusal.AccessDenied;

/**
 * Keeps this node's index in step, on one timer thread: every few seconds it drains the search outbox;
 * at start-up it rebuilds an index that was missing, outdated or behind the database, and it runs the
 * full re-index an administrator asks for. One thread for all of it, so a rebuild and the outbox never
 * write the same document concurrently; searches go on meanwhile on the index as it fills. On a cluster
 * each instance does all this for its own index, taking every outbox entry in for itself, so a change made
 * through one instance is found through the others within a tick or two.
 */
@Singleton
@Startup
// its first tick reads both schemas: on Payara Micro it came before the migrations without this
@DependsOn({"DocumentsSchemaMigration", "ToolboxSchemaMigration"})
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SearchIndexMaintenance {

    private static final Logger LOG = Logger.getLogger(SearchIndexMaintenance.class.getName());
    private static final long FIRST_TICK_MS = 3_000;
    private static final long TICK_MS = 2_000;
    private static final int DRAIN_BATCH = 200;
    /** Every minute this instance says it is alive; every five minutes one instance prunes the outbox. */
    private static final int TICKS_PER_HEARTBEAT = 30;
    private static final int TICKS_PER_PRUNE = 150;

    @Resource
    TimerService timers;

    @Inject
    SearchIndexer indexer;

    @Inject
    GuidanceIndex index;

    @Inject
    AuditEntryRepository audit;

    private final AtomicBoolean busy = new AtomicBoolean();
    /** Documents to index again on the next tick (a mission node received their texts: NodeFileSync). */
    private final java.util.Queue<Long> indexAgain = new java.util.concurrent.ConcurrentLinkedQueue<>();
    private final IndexRebuild rebuild = new IndexRebuild(Clock.systemUTC());
    private volatile boolean checkedAtStart;
    private volatile boolean rebuildRequested;
    private volatile boolean fromEmpty;
    private volatile String problem;
    private int ticks;

    @PostConstruct
    void schedule() {
        timers.createIntervalTimer(FIRST_TICK_MS, TICK_MS, new TimerConfig("search-index", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void tick() {
        if (!busy.compareAndSet(false, true)) {
            return;
        }
        try {
            if (!checkedAtStart) {
                fromEmpty = index.startedEmpty();
                rebuildRequested |= fromEmpty || indexer.indexBehind();
                checkedAtStart = true;
            }
            if (rebuildRequested) {
                rebuildRequested = false;
                LOG.info("Search index: full re-index started");
                rebuild.run(new IndexRebuild.Batches() {
                    @Override
                    public java.util.List<Long> indexAfter(long afterId, int max) {
                        return indexer.indexAfter(afterId, max);
                    }

                    @Override
                    public java.util.List<Long> reportsAfter(long afterId, int max) {
                        return indexer.reportsAfter(afterId, max);
                    }

                    @Override
                    public long count() {
                        return indexer.documentCount();
                    }

                    @Override
                    public long outboxMark() {
                        return indexer.coverVisibleEntries();
                    }
                }, index);
                fromEmpty = false;
                LOG.info(() -> "Search index: full re-index done, " + rebuild.progress().getDone() + " documents");
            }
            while (indexer.drain(DRAIN_BATCH) == DRAIN_BATCH) {
                // a full batch: more may be waiting
            }
            indexAgainWhatArrived();
            if (ticks++ % TICKS_PER_HEARTBEAT == 0) {
                int pruned = indexer.seenAndPrune(ticks % TICKS_PER_PRUNE == 1);
                if (pruned > 0) {
                    LOG.fine(() -> "Search outbox: " + pruned + " entries every instance has taken were pruned");
                }
            }
            problem = null;
        } catch (RuntimeException e) {
            if (problem == null) {
                LOG.log(Level.WARNING, "Search indexing failed; retrying on the next tick", e);
            }
            problem = String.valueOf(e.getMessage());
        } finally {
            busy.set(false);
        }
    }

    /**
     * Asks for these documents to be indexed again on the next tick, on this timer's thread like every
     * other write to the index: a mission node received texts after the outbox had them indexed without.
     */
    public void requestIndexAgain(java.util.Collection<Long> documentIds) {
        indexAgain.addAll(documentIds);
    }

    private void indexAgainWhatArrived() {
        java.util.Set<Long> ids = new java.util.TreeSet<>();
        for (Long id = indexAgain.poll(); id != null; id = indexAgain.poll()) {
            ids.add(id);
        }
        if (!ids.isEmpty()) {
            try {
                indexer.indexAgain(ids);
            } catch (RuntimeException e) {
                indexAgain.addAll(ids);   // tried again on the next tick
                throw e;
            }
        }
    }

    /** Asks for a full re-index on the next tick; administrators only, and audited. */
    public void requestRebuild(Caller actor) {
        boolean allowed = actor.isSystem() || actor.person()
                .map(p -> new AccessPolicy().decide(p, Action.ADMINISTER, p.mission()).allowed()).orElse(false);
        if (!allowed) {
            throw new AccessDenied("refusal.denied", "Re-indexing is for administrators");
        }
        audit.record(new AuditEntry(Instant.now(), actor.subject(), AuditAction.SEARCH_REINDEX_REQUESTED,
                "SEARCH_INDEX", "all", "Asked for the whole search index to be rebuilt"));
        rebuildRequested = true;
    }

    public RebuildProgress progress() {
        return rebuild.progress();
    }

    /** True while an index that started empty is being filled: results may miss documents. */
    public boolean isFilling() {
        return fromEmpty || !checkedAtStart && index.startedEmpty();
    }

    public boolean isRebuildPending() {
        return rebuildRequested;
    }

    public java.util.Optional<String> problem() {
        return java.util.Optional.ofNullable(problem);
    }
}
