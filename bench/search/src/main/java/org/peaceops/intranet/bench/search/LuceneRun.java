package org.peaceops.intranet.bench.search;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.peaceops.intranet.documents.application.search.IndexedVersion;
import org.peaceops.intranet.documents.application.search.SearchRequest;
import org.peaceops.intranet.documents.domain.guidance.Readership;
import org.peaceops.intranet.documents.infrastructure.search.LuceneSearchIndex;
import org.peaceops.intranet.documents.infrastructure.search.SearchPhases;

/** The application's own index (same analysis, access filter, facets, snippets, spelling) over the library. */
final class LuceneRun {

    /** A mission reader: the access filter is part of every query, as for most people. */
    static final Readership READER = new Readership("bench-reader", "UNMISS", false, Readership.Preparation.NONE);

    private final Path dir;
    private LuceneSearchIndex index;

    LuceneRun(Path dir) {
        this.dir = dir;
    }

    /** @return nanoseconds spent indexing (commits included) */
    long build(Corpus corpus, int documents) {
        deleteTree(dir);
        index = LuceneSearchIndex.open(dir);
        long start = System.nanoTime();
        for (int i = 0; i < documents; i++) {
            Corpus.Generated g = corpus.document(i);
            index.replace(g.id(), versions(g));
            if ((i + 1) % 10_000 == 0) {
                index.commit(Map.of());
                System.out.printf("  lucene: %,d documents indexed%n", i + 1);
            }
        }
        index.commit(Map.of("complete", "true"));
        return System.nanoTime() - start;
    }

    static List<IndexedVersion> versions(Corpus.Generated g) {
        List<IndexedVersion> versions = new ArrayList<>();
        versions.add(version(g, g.superseded() ? 2 : 1, true, "PROMULGATED"));
        if (g.superseded()) {
            versions.add(version(g, 1, false, "SUPERSEDED"));
        }
        return versions;
    }

    private static IndexedVersion version(Corpus.Generated g, int number, boolean current, String status) {
        boolean french = g.language().equals("fr");
        return IndexedVersion.builder().document(g.id(), number, current)
                .access(g.classification(), g.mission(), status, "author-" + (g.id() % 300))
                .catalogue(g.type(), g.year() + "." + g.id(), Set.of(g.theme()))
                .titles(french ? null : g.title(), french ? g.title() : null)
                .summaries(french ? null : g.summary(), french ? g.summary() : null)
                .languages(Set.of(g.language()))
                .dates(LocalDate.of(g.year(), 1 + (int) (g.id() % 12), 1), LocalDate.of(g.year(), 1, 1))
                .downloads(g.downloads())
                .body(() -> Optional.of(new StringReader(g.body())))
                .build();
    }

    /** Opens the index a previous run left, if it is complete; false when there is none to reuse. */
    boolean reuse() {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        index = LuceneSearchIndex.open(dir);
        if (index.startedEmpty()) {
            index.close();
            index = null;
            return false;
        }
        return true;
    }

    /** One search as the results page runs it; its time and split go to {@code splits} when given. */
    long run(String box, QuerySplits splits) {
        SearchPhases phases = new SearchPhases();
        long cpu = CPU.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        index.search(SearchRequest.builder().text(box).build(), READER, phases);
        long nanos = System.nanoTime() - start;
        if (splits != null) {
            splits.add(box, nanos, CPU.getCurrentThreadCpuTime() - cpu, phases);
        }
        return nanos;
    }

    /** CPU time of the searching thread: on a shared machine, what the query cost apart from waiting for a core. */
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    long sizeBytes() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    void close() {
        if (index != null) {
            index.close();
        }
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
