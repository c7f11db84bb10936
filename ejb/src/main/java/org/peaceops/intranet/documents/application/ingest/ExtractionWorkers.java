package org.peaceops.intranet.documents.application.ingest;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.peaceops.intranet.documents.domain.extraction.ContentExtraction;
import org.peaceops.intranet.documents.domain.extraction.ContentExtractionRepository;
import org.peaceops.intranet.platform.application.MissionNode;

/**
 * The bounded pool that extracts text off the request thread: {@code intranet.extraction.workers}
 * threads (2 by default) from the server's managed thread factory, and a bounded queue. Work is never
 * lost: the database row stays pending until a result is recorded, and pending rows are queued again at
 * start-up and every few minutes (after a crash, or when the queue was full).
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ExtractionWorkers {

    private static final Logger LOG = Logger.getLogger(ExtractionWorkers.class.getName());
    private static final int QUEUE = 1_000;

    @Resource
    ManagedThreadFactory threads;

    @Inject
    IngestSettings settings;

    @Inject
    ContentExtractionRepository extractions;

    @Inject
    ExtractionJob job;

    @Inject
    TextExtraction extractor;

    /** On a mission node texts are extracted at headquarters: their status arrives by replication. */
    @Inject
    MissionNode node;

    private ThreadPoolExecutor pool;
    private final Set<String> queued = ConcurrentHashMap.newKeySet();

    @PostConstruct
    void start() {
        int workers = settings.workers();
        pool = new ThreadPoolExecutor(workers, workers, 1, TimeUnit.MINUTES, new LinkedBlockingQueue<>(QUEUE), threads);
        pool.allowCoreThreadTimeOut(true);
        LOG.info(() -> "Text extraction: " + workers + " worker(s), " + settings.timeout().toSeconds() + " s and "
                + settings.maxChars() + " characters at most per file");
        // The child JVMs start now, on the workers, not when the first uploads need them (none on a node).
        if (!node.isNode()) {
            extractor.startChildren(pool, workers);
        }
    }

    /** Queues the extraction of a stored content; a content already queued is not queued twice. */
    public void submit(String contentSha256) {
        if (!queued.add(contentSha256)) {
            return;
        }
        try {
            pool.execute(() -> {
                try {
                    job.run(contentSha256);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Extraction of " + contentSha256 + " broke off; it stays pending", e);
                } finally {
                    queued.remove(contentSha256);
                }
            });
        } catch (RejectedExecutionException full) {
            queued.remove(contentSha256);
            LOG.fine(() -> "Extraction queue full; " + contentSha256 + " waits for the next sweep");
        }
    }

    /** Picks up what is pending: left by a restart, or refused by a full queue. */
    @Schedule(hour = "*", minute = "*/2", persistent = false)
    public void sweep() {
        if (node.isNode()) {
            return;
        }
        for (ContentExtraction pending : extractions.pending(QUEUE)) {
            submit(pending.getContentSha256());
        }
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }
}
