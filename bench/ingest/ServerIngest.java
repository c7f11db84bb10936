import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The whole ingest path through a running server: signs in as the demo contributor (the login form),
 * makes one draft per file and PUTs its file over HTTP ({@code threads} uploads at a time), then waits
 * until the database says no extraction of these files is pending. The time is from the first upload to
 * the last finished extraction. Meanwhile it samples the server's heap ({@code /metrics}) and the child
 * JVMs of the server process (count and resident memory). With the server log, it adds up the
 * extraction time per file type that the workers logged. Prints one line; asserts nothing.
 *
 * <p>Compiled with bench/lib/DemoSession.java. Arguments: BASE_URL DIR THREADS DB_URL DB_USER DB_PASSWORD SERVER_PID [SERVER_LOG]
 */
public class ServerIngest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public static void main(String[] args) throws Exception {
        String base = args[0];
        Path input = Path.of(args[1]);
        int threads = Integer.parseInt(args[2]);
        long serverPid = Long.parseLong(args[6]);
        Path serverLog = args.length > 7 ? Path.of(args[7]) : null;
        List<Path> files;
        try (Stream<Path> walk = Files.walk(input)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        long bytes = 0;
        for (Path f : files) {
            bytes += Files.size(f);
        }
        DemoSession session = new DemoSession(base);
        Sampler sampler = new Sampler(base, serverPid);
        Thread sampling = new Thread(sampler, "sampler");
        sampling.setDaemon(true);
        sampling.start();

        String run = Long.toString(System.currentTimeMillis(), 36).toUpperCase(Locale.ROOT);
        Map<String, String> typeOfSha = new ConcurrentHashMap<>();
        AtomicLong refused = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long postmaster = postmasterPid(args[3], args[4], args[5]);
        CpuTime cpuBefore = CpuTime.of(serverPid, postmaster);
        long start = System.nanoTime();
        List<Future<?>> uploads = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            String reference = "BENCH." + run + "." + i;
            uploads.add(pool.submit(() -> {
                String sha = session.draft(reference, file).sha256();
                if (sha == null) {
                    refused.incrementAndGet();
                } else {
                    typeOfSha.put(sha, extension(file));
                }
                return null;
            }));
        }
        for (Future<?> f : uploads) {
            f.get();
        }
        double uploadSeconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        Map<String, Integer> outcomes;
        try (Connection db = DriverManager.getConnection(args[3], args[4], args[5])) {
            outcomes = awaitExtractions(db, typeOfSha.keySet());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        CpuTime cpu = CpuTime.of(serverPid, postmaster).minus(cpuBefore);
        sampler.stop();
        sampling.join();
        System.out.printf(Locale.ROOT,
                "server files=%d MB=%.1f seconds=%.2f files/s=%.2f MB/s=%.2f upload_seconds=%.2f outcomes=%s refused=%d"
                        + " peak_heap_MB=%.0f heap_max_MB=%.0f children_started=%d peak_children_rss_MB=%.0f %s%s%n",
                files.size(), bytes / 1e6, seconds, files.size() / seconds, bytes / 1e6 / seconds, uploadSeconds, outcomes,
                refused.get(), sampler.peakHeap / 1e6, sampler.maxHeap / 1e6, sampler.children.size(),
                sampler.peakChildrenRssKb / 1e3, cpu.describe(seconds, files.size()),
                serverLog == null ? "" : workerTime(serverLog, typeOfSha));
    }

    /** The PostgreSQL server's main process: the parent of this connection's backend (same machine). */
    private static long postmasterPid(String url, String user, String password) throws Exception {
        try (Connection db = DriverManager.getConnection(url, user, password);
                ResultSet rs = db.createStatement().executeQuery("select pg_backend_pid()")) {
            rs.next();
            return ProcessHandle.of(rs.getLong(1)).flatMap(ProcessHandle::parent).map(ProcessHandle::pid).orElse(-1L);
        }
    }

    /** Waits until none of the contents is pending; returns the count per final status. */
    private static Map<String, Integer> awaitExtractions(Connection db, Set<String> shas) throws Exception {
        Array keys = db.createArrayOf("varchar", shas.toArray());
        try (PreparedStatement pending = db.prepareStatement(
                "select count(*) from documents.content_extraction where content_sha256 = any(?) and status = 'PENDING'");
                PreparedStatement statuses = db.prepareStatement("select status, count(*) from documents.content_extraction"
                        + " where content_sha256 = any(?) group by status")) {
            pending.setArray(1, keys);
            while (true) {
                try (ResultSet rs = pending.executeQuery()) {
                    rs.next();
                    if (rs.getLong(1) == 0) {
                        break;
                    }
                }
                Thread.sleep(200);
            }
            statuses.setArray(1, keys);
            Map<String, Integer> counts = new TreeMap<>();
            try (ResultSet rs = statuses.executeQuery()) {
                while (rs.next()) {
                    counts.put(rs.getString(1), rs.getInt(2));
                }
            }
            return counts;
        }
    }

    /** The extraction time the server's workers logged for these contents, per file type. */
    private static String workerTime(Path log, Map<String, String> typeOfSha) throws IOException {
        Pattern line = Pattern.compile("Extracted ([0-9a-f]{64}): .* in (\\d+) ms");
        Map<String, Long> millis = new TreeMap<>();
        Set<String> seen = new HashSet<>();
        try (Stream<String> lines = Files.lines(log, StandardCharsets.ISO_8859_1)) {
            lines.forEach(l -> {
                Matcher m = line.matcher(l);
                if (m.find() && typeOfSha.containsKey(m.group(1)) && seen.add(m.group(1))) {
                    millis.merge(typeOfSha.get(m.group(1)), Long.parseLong(m.group(2)), Long::sum);
                }
            });
        }
        StringBuilder out = new StringBuilder();
        millis.forEach((type, ms) -> out.append(String.format(Locale.ROOT, " worker_s_%s=%.1f", type, ms / 1e3)));
        return out.toString();
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "none" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /**
     * Where the machine's cores went: CPU seconds of the server's JVM, of its parsing children (those alive
     * at both readings; a child replaced meanwhile is counted in the server's reaped-children time) and of
     * the server's PostgreSQL (its postmaster and every backend), read from /proc. Set beside the wall time on the cores, it tells work from
     * waiting.
     */
    record CpuTime(double server, double children, double postgres) {
        static CpuTime of(long serverPid, long postmasterPid) {
            return new CpuTime(ProcCpu.seconds(serverPid, true), childrenSeconds(serverPid),
                    ProcCpu.seconds(postmasterPid, true) + childrenSeconds(postmasterPid));
        }

        private static double childrenSeconds(long pid) {
            return ProcessHandle.of(pid).map(p -> p.children().mapToDouble(c -> ProcCpu.seconds(c.pid(), false)).sum())
                    .orElse(0.0);
        }

        CpuTime minus(CpuTime before) {
            return new CpuTime(server - before.server, children - before.children, postgres - before.postgres);
        }

        String describe(double wallSeconds, int files) {
            double total = server + children + postgres;
            int cores = Runtime.getRuntime().availableProcessors();
            return String.format(Locale.ROOT, "cpu_s_server=%.1f cpu_s_children=%.1f cpu_s_postgres=%.1f cpu_s_total=%.1f"
                    + " cpu_ms_per_file=%.0f cores_busy=%.0f%%", server, children, postgres, total, total * 1000 / files,
                    100 * total / (wallSeconds * cores));
        }
    }

    /** Every half second: the server's heap in use, and the child JVMs of the server process. */
    static final class Sampler implements Runnable {
        private final String base;
        private final long serverPid;
        private volatile boolean running = true;
        double peakHeap;
        double maxHeap;
        long peakChildrenRssKb;
        final Set<Long> children = new HashSet<>();

        Sampler(String base, long serverPid) {
            this.base = base;
            this.serverPid = serverPid;
        }

        void stop() {
            running = false;
        }

        @Override
        public void run() {
            Pattern used = Pattern.compile("(?m)^\\w*memory_usedHeap_bytes(\\{[^}]*\\})?\\s+([0-9.eE+-]+)");
            Pattern max = Pattern.compile("(?m)^\\w*memory_maxHeap_bytes(\\{[^}]*\\})?\\s+([0-9.eE+-]+)");
            while (running) {
                try {
                    String metrics = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/metrics?scope=base")).GET().build(),
                            HttpResponse.BodyHandlers.ofString()).body();
                    Matcher u = used.matcher(metrics);
                    if (u.find()) {
                        peakHeap = Math.max(peakHeap, Double.parseDouble(u.group(2)));
                    }
                    Matcher m = max.matcher(metrics);
                    if (m.find()) {
                        maxHeap = Double.parseDouble(m.group(2));
                    }
                    long rss = 0;
                    for (long child : ProcessHandle.of(serverPid).map(p -> p.children().map(ProcessHandle::pid).toList())
                            .orElse(List.of())) {
                        children.add(child);
                        rss += rssKb(child);
                    }
                    peakChildrenRssKb = Math.max(peakChildrenRssKb, rss);
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    return;
                } catch (Exception e) {
                    // a sample missed (server busy) is simply not counted
                }
            }
        }

        private static long rssKb(long pid) {
            try {
                for (String l : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                    if (l.startsWith("VmRSS:")) {
                        return Long.parseLong(l.replaceAll("[^0-9]", ""));
                    }
                }
            } catch (IOException | RuntimeException gone) {
                // the child ended between listing and reading
            }
            return 0;
        }
    }
}
