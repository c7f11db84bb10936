package org.peaceops.intranet.bench.search;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Builds a library of N documents (default 100,000) from the text of a directory of real files,
 * indexes it with the application's Lucene index and loads it into PostgreSQL full-text search, then
 * runs the same fixed queries on both, one client and then 8 concurrent clients, and prints latency
 * percentiles, queries per second, sizes and loading rates. Run by {@code bench/search/run}.
 *
 * <p>Every figure is printed with the load average of the machine (start and end of its run): the
 * machine may be shared, and figures taken under different loads do not compare. After the totals come
 * the slowest Lucene queries with their time split by phase ({@code SearchPhases}) and each query's
 * mean split.
 *
 * <p>Options: {@code --docs N --source DIR --work DIR --rounds R --clients C --reuse-index true} (queries
 * only, on the index of the previous run with the same N), {@code --warmup R} (rounds of all queries
 * before measuring, default 10, so the compiler is done), {@code --slowest N} (how many of the slowest
 * queries to print, default 15), {@code --postgres false} (Lucene only) and, for the baseline,
 * {@code --pg-url jdbc:postgresql://... --pg-user U --pg-password P} (skipped when absent).
 */
public final class SearchBenchmark {

    /** Issue 14: at 100,000 documents on the 2-core machine. */
    private static final double TARGET_P95_MS = 25;
    private static final double TARGET_P95_CONCURRENT_MS = 100;

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        int documents = Integer.parseInt(options.getOrDefault("docs", "100000"));
        int rounds = Integer.parseInt(options.getOrDefault("rounds", "10"));
        int clients = Integer.parseInt(options.getOrDefault("clients", "8"));
        int slowest = Integer.parseInt(options.getOrDefault("slowest", "15"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "10"));
        Corpus corpus = Corpus.read(Path.of(options.getOrDefault("source", "../shared/seeds")));
        Path work = Path.of(options.getOrDefault("work", "bench/search/target/work"));
        System.out.printf("Library: %,d documents from %,d sentences of %s; %d queries x %d rounds; %d cores%n",
                documents, corpus.sentenceCount(), options.getOrDefault("source", "../shared/seeds"),
                Queries.ALL.size(), rounds, Runtime.getRuntime().availableProcessors());

        LuceneRun lucene = new LuceneRun(work.resolve("lucene-index"));
        if (Boolean.parseBoolean(options.getOrDefault("reuse-index", "false")) && lucene.reuse()) {
            System.out.printf("Lucene index: %s, reused from the previous run (--reuse-index)%n",
                    Latencies.sizes(lucene.sizeBytes()));
        } else {
            long indexNanos = lucene.build(corpus, documents);
            System.out.printf("Lucene index: %s, built in %.1f s (%,.0f documents/s)%n",
                    Latencies.sizes(lucene.sizeBytes()), indexNanos / 1e9, documents / (indexNanos / 1e9));
        }
        Latencies luceneSingle = new Latencies();
        Latencies luceneConcurrent = new Latencies();
        QuerySplits singleSplits = new QuerySplits();
        QuerySplits concurrentSplits = new QuerySplits();
        try {
            for (int warm = 0; warm < warmup; warm++) { // warm up: classes loaded, code compiled, caches filled
                Queries.ALL.forEach(q -> lucene.run(q.box(), null));
            }
            measure(rounds, 1, q -> lucene.run(q.box(), singleSplits), luceneSingle);
            measure(rounds, clients, q -> lucene.run(q.box(), concurrentSplits), luceneConcurrent);
        } finally {
            lucene.close();
        }

        Latencies pgSingle = new Latencies();
        Latencies pgConcurrent = new Latencies();
        String pgUrl = Boolean.parseBoolean(options.getOrDefault("postgres", "true")) ? options.get("pg-url") : null;
        if (pgUrl != null) {
            PostgresRun pg = new PostgresRun(pgUrl, options.getOrDefault("pg-user", "bench"),
                    options.getOrDefault("pg-password", ""));
            long loadNanos = pg.load(corpus, documents);
            System.out.printf("PostgreSQL table + GIN index: %s, loaded in %.1f s (%,.0f documents/s)%n",
                    Latencies.sizes(pg.sizeBytes()), loadNanos / 1e9, documents / (loadNanos / 1e9));
            try (Connection warm = pg.connect()) {
                for (Queries.Query q : Queries.ALL) {
                    PostgresRun.run(warm, q.tsquery()); // warm up: caches filled, as for Lucene
                }
            }
            measurePg(pg, rounds, 1, pgSingle);
            measurePg(pg, rounds, clients, pgConcurrent);
        }

        System.out.println();
        System.out.println("Results (each query: hits + total + facet counts + snippets; access filter of a mission reader)");
        System.out.println(luceneSingle.line("Lucene, 1 client"));
        System.out.println(luceneConcurrent.line("Lucene, " + clients + " clients"));
        System.out.println(singleSplits.cpuLine("Lucene, 1 client, CPU time"));
        System.out.println(concurrentSplits.cpuLine("Lucene, " + clients + " clients, CPU time"));
        if (pgUrl != null) {
            System.out.println(pgSingle.line("PostgreSQL FTS, 1 client"));
            System.out.println(pgConcurrent.line("PostgreSQL FTS, " + clients + " clients"));
        }
        System.out.printf("Target p95 <= %.0f ms single user: %s (%.2f ms)%n", TARGET_P95_MS,
                luceneSingle.p95Millis() <= TARGET_P95_MS ? "met" : "NOT met", luceneSingle.p95Millis());
        System.out.printf("Target p95 <= %.0f ms with %d clients: %s (%.2f ms)%n", TARGET_P95_CONCURRENT_MS, clients,
                luceneConcurrent.p95Millis() <= TARGET_P95_CONCURRENT_MS ? "met" : "NOT met",
                luceneConcurrent.p95Millis());
        if (pgUrl != null) {
            System.out.printf("Faster than PostgreSQL: %s (p95 %.2f vs %.2f ms; %.0f vs %.0f queries/s with %d clients)%n",
                    luceneSingle.p95Millis() < pgSingle.p95Millis() ? "yes" : "NO",
                    luceneSingle.p95Millis(), pgSingle.p95Millis(), luceneConcurrent.qps(), pgConcurrent.qps(), clients);
        }
        System.out.println();
        System.out.println("Time split of the Lucene queries, ms (phases of SearchPhases; other = outside them)");
        printSplits("1 client", singleSplits, slowest);
        printSplits(clients + " clients", concurrentSplits, slowest);
    }

    private static void printSplits(String label, QuerySplits splits, int slowest) {
        System.out.println("-- " + label + ": the " + slowest + " slowest runs");
        splits.slowest(slowest).forEach(System.out::println);
        System.out.println("-- " + label + ": per query");
        splits.perQuery().forEach(System.out::println);
    }

    interface Search {
        long run(Queries.Query query) throws Exception;
    }

    private static void measure(int rounds, int clients, Search search, Latencies into) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            into.loadBefore(LoadAverage.now());
            long start = System.nanoTime();
            List<Future<?>> work = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int offset = c;
                work.add(pool.submit(() -> {
                    for (int r = 0; r < rounds; r++) {
                        for (int q = 0; q < Queries.ALL.size(); q++) {
                            into.add(search.run(Queries.ALL.get((q + offset) % Queries.ALL.size())));
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : work) {
                f.get();
            }
            into.wall(System.nanoTime() - start);
            into.loadAfter(LoadAverage.now());
        } finally {
            pool.shutdown();
        }
    }

    private static void measurePg(PostgresRun pg, int rounds, int clients, Latencies into) throws Exception {
        ThreadLocal<Connection> connection = new ThreadLocal<>();
        List<Connection> opened = java.util.Collections.synchronizedList(new ArrayList<>());
        try {
            measure(rounds, clients, q -> {
                if (connection.get() == null) {
                    Connection c = pg.connect();
                    opened.add(c);
                    connection.set(c);
                }
                return PostgresRun.run(connection.get(), q.tsquery());
            }, into);
        } finally {
            for (Connection c : opened) {
                c.close();
            }
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("Expected --name value pairs, got " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }
}
