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
import org.peaceops.intranet.documents.application.ingest.FileAdmission;
import org.peaceops.intranet.documents.application.ingest.IngestSettings;
import org.peaceops.intranet.documents.domain.extraction.ExtractionOutcome;
import org.peaceops.intranet.documents.infrastructure.blobs.BlobStore;
import org.peaceops.intranet.documents.infrastructure.blobs.StoredBlob;
import org.peaceops.intranet.documents.infrastructure.texts.TextStore;
import org.peaceops.intranet.documents.infrastructure.tika.TikaContentDetector;
import org.peaceops.intranet.documents.infrastructure.tika.TikaTextExtractor;

/**
 * One mode per JVM (so each has its own peak RSS): "service" ingests every file the way an upload does
 * (blob store with the content check, then the limited extractor writing the gzip'ed text store), "plain"
 * parses the same files with a bare AutoDetectParser. Both with the same number of threads. Prints one line.
 */
public class IngestBench {

    public static void main(String[] args) throws Exception {
        String mode = args[0];
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
        long start = System.nanoTime();
        if (mode.equals("service")) {
            BlobStore blobs = new BlobStore(work.resolve("blobs"), 512L * 1024 * 1024 + 1024);
            TextStore texts = new TextStore(work.resolve("texts"));
            FileAdmission admission = new FileAdmission(new TikaContentDetector(),
                    List.of(IngestSettings.DEFAULT_ALLOWED_TYPES.split(",")));
            try (TikaTextExtractor extractor = new TikaTextExtractor(50_000_000, Duration.ofSeconds(60))) {
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
        pool.shutdown();
        System.out.printf(java.util.Locale.ROOT,
                "%s files=%d MB=%.1f seconds=%.2f files/s=%.2f MB/s=%.2f chars=%d refused_or_failed=%d peak_heap_MB=%.0f peak_rss_MB=%.0f%n",
                mode, files.size(), bytes / 1e6, seconds, files.size() / seconds, bytes / 1e6 / seconds, chars.get(),
                refused.get(), peakHeap() / 1e6, peakRss() / 1e3);
    }

    interface FileTask {
        void run(Path file) throws Exception;
    }

    private static void run(ExecutorService pool, List<Path> files, FileTask task) throws Exception {
        List<Future<Object>> done = files.stream().map(f -> pool.submit(() -> {
            task.run(f);
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
