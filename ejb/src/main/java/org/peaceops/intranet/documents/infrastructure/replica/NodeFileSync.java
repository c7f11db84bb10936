package org.peaceops.intranet.documents.infrastructure.replica;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.peaceops.intranet.documents.application.replica.NodeFilesProgress;
import org.peaceops.intranet.documents.application.replica.NodeLedger;
import org.peaceops.intranet.documents.application.replica.WantedContent;
import org.peaceops.intranet.documents.application.search.SearchIndexMaintenance;
import org.peaceops.intranet.documents.infrastructure.blobs.BlobStore;
import org.peaceops.intranet.documents.infrastructure.texts.TextStore;
import org.peaceops.intranet.platform.application.MissionNode;

/**
 * The mission node's files channel: every {@code intranet.node.files-interval-seconds} (30) one round, on
 * one managed thread at a time, pulls from headquarters the files the replicated rows refer to and this
 * node lacks, newest guidance in force first ({@link WantedContent#inFetchOrder}), then the extracted texts
 * of those files. All of it under one {@link TokenBucket} of {@code intranet.node.bandwidth-kbps} (512). Only
 * on a node; headquarters serves the channel (web: NodeContentServlet). What a round leaves is published in
 * {@link NodeFilesProgress} (the health check) and the bytes received in the ledger (peer {@code HQ}).
 */
@Singleton
@Startup
@DependsOn("DocumentsSchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class NodeFileSync {

    private static final Logger LOG = Logger.getLogger(NodeFileSync.class.getName());
    static final String HEADQUARTERS = "HQ";
    private static final long FIRST_ROUND_MS = 15_000;

    @Resource
    TimerService timers;

    @Resource
    ManagedExecutorService executor;

    @Inject
    MissionNode node;

    @Inject
    JdbcWantedContent content;

    @Inject
    BlobStore blobs;

    @Inject
    TextStore texts;

    @Inject
    NodeLedger ledger;

    @Inject
    NodeFilesProgress progress;

    /** Documents indexed before their texts arrived are indexed again with them. */
    @Inject
    SearchIndexMaintenance search;

    @Inject
    @ConfigProperty(name = "intranet.node.token")
    Optional<String> token;

    @Inject
    @ConfigProperty(name = "intranet.node.bandwidth-kbps", defaultValue = "512")
    int bandwidthKbps;

    @Inject
    @ConfigProperty(name = "intranet.node.files-interval-seconds", defaultValue = "30")
    int intervalSeconds;

    /** Free space never used for pulled files (the node's database and logs need room too). */
    @Inject
    @ConfigProperty(name = "intranet.node.reserve-mb", defaultValue = "64")
    long reserveMb;

    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicLong receivedFiles = new AtomicLong();
    private final AtomicLong receivedBytes = new AtomicLong();
    private final AtomicLong tampered = new AtomicLong();
    private volatile boolean stopping;
    private volatile Future<?> round;
    private ContentPuller puller;
    private ContentFetcher fetcher;
    private URI base;

    @PostConstruct
    void start() {
        if (!node.isNode()) {
            return;
        }
        Optional<String> credential = token.map(String::strip).filter(t -> !t.isEmpty());
        if (credential.isEmpty()) {
            LOG.warning("Mission node without intranet.node.token (INTRANET_NODE_TOKEN): headquarters will refuse it its files; "
                    + "downloads and previews of replicated versions stay missing here");
        }
        String hq = node.headquarters().orElseThrow();
        base = URI.create(hq.endsWith("/") ? hq : hq + "/").resolve("api/v1/node/content/");
        fetcher = new ContentFetcher(TokenBucket.ofKilobitsPerSecond(Math.max(1, bandwidthKbps)), credential.orElse(null));
        puller = new ContentPuller(fetcher, base, new BlobStoreAdapter(blobs), reserveMb * 1024 * 1024);
        LOG.info(() -> "Files channel from " + base + " at " + bandwidthKbps + " kbit/s at most, a round every " + intervalSeconds + " s");
        timers.createIntervalTimer(FIRST_ROUND_MS, Math.max(5, intervalSeconds) * 1000L, new TimerConfig("node-files", false));
    }

    @PreDestroy
    void stop() {
        stopping = true;
        Future<?> current = round;
        if (current != null) {
            current.cancel(true);   // a transfer cut here resumes from its partial file at the next start
        }
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void tick() {
        if (stopping || !running.compareAndSet(false, true)) {
            return;
        }
        try {
            round = executor.submit(this::runRound);
        } catch (RuntimeException e) {
            running.set(false);
            LOG.log(Level.WARNING, "Files channel: cannot start a round", e);
        }
    }

    private void runRound() {
        try {
            List<WantedContent> wanted = content.wanted();
            ContentPuller.Round done = puller.pull(wanted, () -> !stopping);
            long bytes = done.bytes();
            long files = done.fetched();
            TextRound text = done.diskFull() || done.problem().isPresent() ? TextRound.skipped(missingTexts())
                    : pullTexts();
            if (!text.received.isEmpty()) {
                search.requestIndexAgain(content.documentsWith(text.received));
            }
            bytes += text.bytes;
            files += text.fetched;
            receivedFiles.addAndGet(files);
            receivedBytes.addAndGet(bytes);
            tampered.addAndGet(done.tampered() + text.tampered);
            if (bytes > 0 || files > 0) {
                ledger.recordTransfer(HEADQUARTERS, bytes, files, Clock.systemUTC().instant());
            }
            Optional<String> problem = done.problem().or(() -> Optional.ofNullable(text.problem));
            progress.update(new NodeFilesProgress.Snapshot(done.missingFiles() + text.missing, done.missingBytes(),
                    receivedFiles.get(), receivedBytes.get(), tampered.get(), done.diskFull() || text.diskFull, problem,
                    Clock.systemUTC().instant()));
            if (files > 0) {
                long received = files;
                long sent = bytes;
                LOG.info(() -> "Files channel: received " + received + " file(s), " + sent + " bytes; "
                        + (done.missingFiles() + text.missing) + " still missing");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Files channel: the round broke off", e);
        } finally {
            running.set(false);
        }
    }

    /** The texts of a round: each verified against headquarters' announcement. */
    private static final class TextRound {
        long fetched;
        final List<String> received = new java.util.ArrayList<>();
        long bytes;
        long tampered;
        long missing;
        boolean diskFull;
        String problem;

        static TextRound skipped(long missing) {
            TextRound round = new TextRound();
            round.missing = missing;
            return round;
        }
    }

    private long missingTexts() {
        return content.extractedTexts().keySet().stream().filter(sha -> !texts.exists(sha)).count();
    }

    private TextRound pullTexts() throws InterruptedException {
        TextRound round = new TextRound();
        for (Map.Entry<String, String> entry : content.extractedTexts().entrySet()) {
            String sha = entry.getKey();
            if (texts.exists(sha)) {
                continue;
            }
            if (stopping || round.problem != null || round.diskFull) {
                round.missing++;
                continue;
            }
            Path partial = texts.partialFile(sha);
            try {
                if (blobs.usableBytes() < reserveMb * 1024 * 1024) {
                    round.diskFull = true;
                    round.missing++;
                    continue;
                }
                java.nio.file.Files.createDirectories(partial.getParent());
                fetcher.fetchAnnounced(base.resolve(sha + "/text"), partial);
                round.bytes += java.nio.file.Files.size(partial);
                texts.adopt(sha, partial);
                round.fetched++;
                round.received.add(sha);
            } catch (ContentFetcher.ContentMismatch e) {
                round.tampered++;
                round.missing++;
            } catch (ContentFetcher.Unanswered e) {
                round.missing++;
                if (e.status() != 404) {
                    round.problem = e.getMessage();
                }
            } catch (IOException e) {
                round.missing++;
                if (ContentPuller.isDiskFull(e)) {
                    round.diskFull = true;
                } else {
                    round.problem = "headquarters unreachable: " + e;
                }
            }
        }
        return round;
    }

    /** The blob store as the puller sees it. */
    record BlobStoreAdapter(BlobStore store) implements ContentPuller.Store {
        @Override
        public boolean has(String sha256) {
            return store.exists(sha256);
        }

        @Override
        public Path partialFile(String sha256) {
            return store.partialFile(sha256);
        }

        @Override
        public void adoptVerified(String sha256, Path verified) throws IOException {
            store.adoptVerified(sha256, verified);
        }

        @Override
        public long usableBytes() throws IOException {
            return store.usableBytes();
        }
    }
}
