import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.peaceops.intranet.documents.application.blobs.StoredBlob;
import org.peaceops.intranet.documents.application.ingest.FileAdmission;
import org.peaceops.intranet.documents.application.ingest.IngestSettings;
import org.peaceops.intranet.documents.domain.extraction.ExtractionOutcome;
import org.peaceops.intranet.documents.infrastructure.blobs.BlobStore;
import org.peaceops.intranet.documents.infrastructure.texts.TextStore;
import org.peaceops.intranet.documents.infrastructure.tika.TikaContentDetector;
import org.peaceops.intranet.documents.infrastructure.tika.TikaTextExtractor;

/**
 * One mode per JVM (so each has its own peak RSS): "service" ingests every file the way an upload does
 * (blob store with the content check, then the limited extractor writing the gzip'ed text store), in the
 * caller's JVM; "forked" does the same with the extractor the server uses by default (parsers in child
 * JVMs, Tika's ForkParser, one child per thread; its last argument is the directory of jars the children
 * get as class path); "plain" parses the same files with a bare AutoDetectParser. All with the same number
 * of threads. Prints one line. "prepare" makes the default input: every text file of a directory (or the first few), in
 * {@code copies} variants (each with its own last line, so no two files share a content), and the
 * application's PDF rendition of each.
 */
public class IngestBench {

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        if (mode.equals("prepare")) {
            prepare(Path.of(args[1]), Path.of(args[2]), Integer.parseInt(args[3]),
                    args.length > 4 ? Integer.parseInt(args[4]) : Integer.MAX_VALUE);
            return;
        }
        Path input = Path.of(args[1]);
        Path work = Path.of(args[2]);
        int threads = Integer.parseInt(args[3]);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(input)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        long bytes = 0;
        for (Path f : files) {
            bytes += Files.size(f);
        }
        AtomicLong chars = new AtomicLong();
        AtomicLong refused = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        Children children = new Children();
        children.start();
        long start = System.nanoTime();
        double cpuStart = ProcCpu.selfAndChildren();
        double warmSeconds = 0;
        if (mode.equals("service") || mode.equals("forked")) {
            BlobStore blobs = new BlobStore(work.resolve("blobs"), 512L * 1024 * 1024 + 1024);
            TextStore texts = new TextStore(work.resolve("texts"));
            FileAdmission admission = new FileAdmission(new TikaContentDetector(),
                    List.of(IngestSettings.DEFAULT_ALLOWED_TYPES.split(",")));
            try (TikaTextExtractor extractor = mode.equals("forked")
                    ? TikaTextExtractor.forked(50_000_000, Duration.ofSeconds(60), Path.of(args[4]), 512, threads, childOptions(args))
                    : new TikaTextExtractor(50_000_000, Duration.ofSeconds(60))) {
                // As the server does at deployment: the children are started before the first file.
                long warm = System.nanoTime();
                extractor.startChildren(pool, threads).join();
                warmSeconds = (System.nanoTime() - warm) / 1e9;
                start = System.nanoTime();
                cpuStart = ProcCpu.selfAndChildren();
                run(pool, files, f -> {
                    StoredBlob blob;
                    try (InputStream in = Files.newInputStream(f)) {
                        blob = blobs.store(in, (tmp, size) -> admission.admit(tmp, size, f.getFileName().toString()));
                    } catch (RuntimeException refusedUpload) {
                        refused.incrementAndGet();
                        return;
                    }
                    try (TextStore.PendingText text = texts.begin(blob.sha256())) {
                        ExtractionOutcome outcome = extractor.extract(blobs.locate(blob.sha256()), null, text.writer());
                        if (outcome.hasText()) {
                            text.commit();
                        }
                        chars.addAndGet(outcome.textChars());
                    }
                });
            }
        } else {
            AutoDetectParser parser = new AutoDetectParser();
            run(pool, files, f -> {
                CountingWriter out = new CountingWriter();
                try (TikaInputStream in = TikaInputStream.get(f)) {
                    parser.parse(in, new BodyContentHandler(out), new Metadata(), new ParseContext());
                } catch (Exception e) {
                    refused.incrementAndGet();
                }
                chars.addAndGet(out.count);
            });
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpu = ProcCpu.selfAndChildren() - cpuStart;
        pool.shutdown();
        children.interrupt();
        System.out.printf(java.util.Locale.ROOT,
                "%s files=%d MB=%.1f seconds=%.2f first_file_s=%.2f files/s=%.2f MB/s=%.2f chars=%d refused_or_failed=%d peak_heap_MB=%.0f peak_rss_MB=%.0f cpu_s=%.1f cpu_ms_per_file=%.0f%s%s%s%n",
                mode, files.size(), bytes / 1e6, seconds, (FIRST_DONE.get() - start) / 1e9, files.size() / seconds, bytes / 1e6 / seconds, chars.get(),
                refused.get(), peakHeap() / 1e6, peakRss() / 1e3, cpu, cpu * 1000 / files.size(),
                children.pids.isEmpty() ? "" : String.format(java.util.Locale.ROOT, " children_started=%d peak_children_rss_MB=%.0f",
                        children.pids.size(), children.peakRssKb / 1e3), timeByType(),
                mode.equals("forked") ? String.format(java.util.Locale.ROOT, " children_start_s=%.2f (before the timed run)", warmSeconds) : "");
    }

    /** The children's JVM options: the application's, or those of the 6th argument ("none", or space-separated). */
    private static List<String> childOptions(String[] args) {
        if (args.length < 6 || args[5].equals("default")) {
            return TikaTextExtractor.CHILD_JVM_OPTIONS;
        }
        return args[5].equals("none") ? List.of() : List.of(args[5].trim().split("\\s+"));
    }

    /** Text files of {@code source}, {@code copies} times each with a distinct last line, and a PDF rendition of each. */
    private static void prepare(Path source, Path out, int copies, int limit) throws IOException {
        Files.createDirectories(out);
        org.peaceops.intranet.documents.infrastructure.pdf.PlainTextPdf pdf =
                new org.peaceops.intranet.documents.infrastructure.pdf.PlainTextPdf();
        String run = Long.toString(System.currentTimeMillis(), 36);
        List<Path> texts;
        try (Stream<Path> list = Files.list(source)) {
            texts = list.filter(f -> f.toString().endsWith(".txt")).sorted().limit(limit).toList();
        }
        for (int copy = 0; copy < copies; copy++) {
            for (Path text : texts) {
                String stem = text.getFileName().toString().replaceFirst("\\.txt$", "") + "-" + copy;
                String content = Files.readString(text, java.nio.charset.StandardCharsets.UTF_8)
                        + "\nBenchmark copy " + copy + " of run " + run + "\n";
                Files.writeString(out.resolve(stem + ".txt"), content, java.nio.charset.StandardCharsets.UTF_8);
                try (java.io.OutputStream o = Files.newOutputStream(out.resolve(stem + ".pdf"))) {
                    pdf.write(stem, new java.io.StringReader(content), o);
                }
            }
        }
    }

    /** Samples this JVM's child processes (the forked parsers): how many were started, their peak resident memory. */
    static final class Children extends Thread {
        final java.util.Set<Long> pids = java.util.concurrent.ConcurrentHashMap.newKeySet();
        volatile long peakRssKb;

        Children() {
            setDaemon(true);
        }

        @Override
        public void run() {
            while (!isInterrupted()) {
                long rss = 0;
                for (ProcessHandle child : ProcessHandle.current().children().toList()) {
                    pids.add(child.pid());
                    rss += rssKb(Path.of("/proc/" + child.pid() + "/status"));
                }
                peakRssKb = Math.max(peakRssKb, rss);
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    private static long rssKb(Path status) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException gone) {
            // the child ended between listing and reading
        }
        return 0;
    }

    interface FileTask {
        void run(Path file) throws Exception;
    }

    /** Time spent per file type (extension), summed over the threads: where the work goes. */
    /** When the first file was done (in forked mode: after the first child JVM had started). */
    private static final AtomicLong FIRST_DONE = new AtomicLong();

    private static final java.util.Map<String, AtomicLong> NANOS_BY_TYPE = new java.util.concurrent.ConcurrentSkipListMap<>();

    private static void run(ExecutorService pool, List<Path> files, FileTask task) throws Exception {
        List<Future<Object>> done = files.stream().map(f -> pool.submit(() -> {
            long t = System.nanoTime();
            task.run(f);
            String name = f.getFileName().toString();
            String type = name.lastIndexOf('.') < 0 ? "none" : name.substring(name.lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT);
            NANOS_BY_TYPE.computeIfAbsent(type, k -> new AtomicLong()).addAndGet(System.nanoTime() - t);
            FIRST_DONE.compareAndSet(0, System.nanoTime());
            return (Object) null;
        })).toList();
        for (Future<Object> f : done) {
            f.get();
        }
    }

    static final class CountingWriter extends Writer {
        long count;

        @Override
        public void write(char[] cbuf, int off, int len) {
            count += len;
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    private static String timeByType() {
        StringBuilder out = new StringBuilder();
        NANOS_BY_TYPE.forEach((type, nanos) -> out.append(String.format(java.util.Locale.ROOT, " worker_s_%s=%.1f", type, nanos.get() / 1e9)));
        return out.toString();
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    /** VmHWM from /proc/self/status, in kB. */
    private static long peakRss() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
    }
}
