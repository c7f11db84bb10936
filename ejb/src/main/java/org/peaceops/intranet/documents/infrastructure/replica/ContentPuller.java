package org.peaceops.intranet.documents.infrastructure.replica;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.logging.Logger;
import org.peaceops.intranet.documents.application.replica.WantedContent;

/**
 * One round of a mission node's files channel: the files it lacks, in fetch order, pulled one after the
 * other from headquarters with the {@link ContentFetcher} (its bandwidth cap, its resume, its SHA-256 check)
 * and moved into the store only once verified. A file whose hash differs is refetched once at once, then
 * left for the next round; a cut link ends the round with the partial file kept for resuming; a full disk
 * ends it before the next file is started, with {@link Round#diskFull()} set (what the node holds stays
 * readable). Plain Java, so the tests run it against a real HTTP server and real files.
 */
public final class ContentPuller {

    private static final Logger LOG = Logger.getLogger(ContentPuller.class.getName());

    /** What the puller needs of the blob store (the real one: BlobStore). */
    public interface Store {
        boolean has(String sha256);

        Path partialFile(String sha256);

        void adoptVerified(String sha256, Path verified) throws IOException;

        long usableBytes() throws IOException;
    }

    /** What a round did, and what is still missing after it. */
    public record Round(int fetched, long bytes, int tampered, long missingFiles, long missingBytes, boolean diskFull,
            Optional<String> problem) {
    }

    private final ContentFetcher fetcher;
    private final URI contentBase;
    private final Store store;
    private final long reserveBytes;

    /**
     * @param contentBase  headquarters' files channel, ending in {@code /}: the SHA-256 is appended
     * @param reserveBytes free space always left on the disk (the node's database and logs need some too)
     */
    public ContentPuller(ContentFetcher fetcher, URI contentBase, Store store, long reserveBytes) {
        this.fetcher = fetcher;
        this.contentBase = contentBase;
        this.store = store;
        this.reserveBytes = reserveBytes;
    }

    public Round pull(List<WantedContent> inFetchOrder, BooleanSupplier keepGoing) throws InterruptedException {
        int fetched = 0;
        int tampered = 0;
        long bytes = 0;
        boolean diskFull = false;
        String problem = null;
        for (WantedContent wanted : inFetchOrder) {
            if (!keepGoing.getAsBoolean()) {
                break;
            }
            if (store.has(wanted.sha256())) {
                continue;
            }
            Path partial = store.partialFile(wanted.sha256());
            try {
                long have = sizeOf(partial);
                long free = store.usableBytes();
                if (free - Math.max(0, wanted.size() - have) < reserveBytes) {
                    diskFull = true;
                    LOG.warning(() -> "Files channel: disk full, " + free + " bytes free, " + wanted.sha256() + " needs "
                            + Math.max(0, wanted.size() - have) + " and " + reserveBytes + " are kept free: pulling stops until there is room");
                    break;
                }
            } catch (IOException e) {
                problem = "cannot read the free space: " + e.getMessage();
                break;
            }
            boolean done = false;
            for (int attempt = 1; attempt <= 2 && !done; attempt++) {
                long before = sizeOf(partial);
                try {
                    fetcher.fetch(contentBase.resolve(wanted.sha256()), wanted.sha256(), partial);
                    bytes += Math.max(0, sizeOf(partial) - before);
                    store.adoptVerified(wanted.sha256(), partial);
                    fetched++;
                    done = true;
                } catch (ContentFetcher.ContentMismatch e) {
                    tampered++;
                    // The fetcher deleted what arrived; it crossed the link all the same.
                    bytes += Math.max(0, wanted.size() - before);
                    int tries = attempt;
                    LOG.warning(() -> "Files channel: " + wanted.sha256() + " arrived altered (" + e.getMessage() + "), "
                            + (tries == 1 ? "fetched again now" : "left for the next round"));
                } catch (ContentFetcher.Unanswered e) {
                    bytes += Math.max(0, sizeOf(partial) - before);
                    if (e.status() == 401 || e.status() == 403) {
                        problem = "headquarters refused this node's credential (" + e.status() + "): check intranet.node.token";
                    } else if (e.status() != 404) {
                        problem = e.getMessage();
                    }
                    // 404: headquarters lacks it too (a file lost there); the others go on.
                    break;
                } catch (IOException e) {
                    bytes += Math.max(0, sizeOf(partial) - before);
                    if (isDiskFull(e)) {
                        diskFull = true;
                        LOG.warning(() -> "Files channel: disk full while receiving " + wanted.sha256() + ": pulling stops until there is room");
                    } else {
                        problem = "headquarters unreachable: " + e;
                    }
                    break;
                }
            }
            if (diskFull || problem != null) {
                break;
            }
        }
        long missingFiles = 0;
        long missingBytes = 0;
        for (WantedContent wanted : inFetchOrder) {
            if (!store.has(wanted.sha256())) {
                missingFiles++;
                missingBytes += wanted.size();
            }
        }
        if (problem != null) {
            String why = problem;
            LOG.warning(() -> "Files channel: round stopped, " + why);
        }
        return new Round(fetched, bytes, tampered, missingFiles, missingBytes, diskFull, Optional.ofNullable(problem));
    }

    private static long sizeOf(Path file) {
        try {
            return Files.exists(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    static boolean isDiskFull(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && message.toLowerCase(Locale.ROOT).contains("no space left")) {
                return true;
            }
        }
        return false;
    }
}
