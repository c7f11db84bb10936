import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.peaceops.intranet.documents.infrastructure.pdf.PdfPageRenderer;
import org.peaceops.intranet.documents.infrastructure.pdf.PlainTextPdf;
import org.peaceops.intranet.documents.infrastructure.pdf.PreviewFiles;

/**
 * The preview benchmark (run by bench/preview): page 1 of every PDF in a directory rendered by the
 * application's renderer and by poppler's pdftoppm at the same width, in the same run, then the latency
 * of a page image served from the preview cache. Prints numbers; asserts nothing.
 *
 * <p>Arguments: PDF_DIR [--from-text TEXT_DIR] [--width 1200] [--rounds 3]. With --from-text, the
 * directory is first filled with the application's PDF renditions of the text files found there.
 */
public class PreviewBench {

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int width = intOption(args, "--width", 1200);
        int rounds = intOption(args, "--rounds", 3);
        String fromText = option(args, "--from-text");
        if (fromText != null) {
            renditions(Path.of(fromText), dir);
        }
        List<Path> pdfs;
        try (Stream<Path> files = Files.list(dir)) {
            pdfs = files.filter(f -> f.toString().toLowerCase().endsWith(".pdf")).sorted().toList();
        }
        if (pdfs.isEmpty()) {
            throw new IllegalArgumentException("No PDF in " + dir);
        }
        Path out = Files.createTempDirectory("preview-bench-");
        PdfPageRenderer renderer = new PdfPageRenderer();
        System.out.printf("PDFs: %d in %s; page 1 at %d px wide; best of %d rounds after one warm-up round%n",
                pdfs.size(), dir, width, rounds);

        double app = best(rounds + 1, () -> {
            for (Path pdf : pdfs) {
                renderer.renderPng(pdf, 1, width, OutputStream.nullOutputStream());
            }
        });
        double poppler = best(rounds + 1, () -> {
            for (Path pdf : pdfs) {
                pdftoppm(pdf, out.resolve("p"), width);
            }
        });
        System.out.printf("application renderer (PDFBox, in-process): %8.2f pages/s (%.1f ms/page)%n",
                pdfs.size() / app, app * 1000 / pdfs.size());
        System.out.printf("pdftoppm (poppler, one process per page):  %8.2f pages/s (%.1f ms/page)%n",
                pdfs.size() / poppler, poppler * 1000 / pdfs.size());
        System.out.printf("ratio application/pdftoppm (pages/s):      %8.2f%n", poppler / app);

        cachedLatency(pdfs.get(0), renderer, width, out);
    }

    /** A page image already in the preview cache: the lookup and read a cached preview request makes. */
    private static void cachedLatency(Path pdf, PdfPageRenderer renderer, int width, Path work) throws Exception {
        PreviewFiles cache = new PreviewFiles(work.resolve("previews"));
        String sha = "0".repeat(64);
        cache.write(cache.image(sha, "page", 1), o -> renderer.renderPng(pdf, 1, width, o));
        int n = 2000;
        long[] nanos = new long[n];
        long bytes = 0;
        for (int i = 0; i < n; i++) {
            long t = System.nanoTime();
            Path image = cache.cachedImage(sha, "page", 1).orElseThrow();
            ByteArrayOutputStream sink = new ByteArrayOutputStream();
            Files.copy(image, sink);
            nanos[i] = System.nanoTime() - t;
            bytes = sink.size();
        }
        Arrays.sort(nanos);
        System.out.printf("cached preview (%d kB PNG, lookup + read, %d requests): median %.3f ms, p95 %.3f ms, p99 %.3f ms%n",
                bytes / 1024, n, nanos[n / 2] / 1e6, nanos[n * 95 / 100] / 1e6, nanos[n * 99 / 100] / 1e6);
    }

    private static void renditions(Path texts, Path pdfDir) throws IOException {
        Files.createDirectories(pdfDir);
        PlainTextPdf writer = new PlainTextPdf();
        try (Stream<Path> files = Files.list(texts)) {
            for (Path text : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                Path pdf = pdfDir.resolve(text.getFileName().toString().replace(".txt", ".pdf"));
                try (Reader in = Files.newBufferedReader(text, StandardCharsets.UTF_8);
                        OutputStream o = Files.newOutputStream(pdf)) {
                    writer.write(text.getFileName().toString(), in, o);
                }
            }
        }
    }

    private static void pdftoppm(Path pdf, Path prefix, int width) throws IOException {
        Process p = new ProcessBuilder("pdftoppm", "-png", "-f", "1", "-l", "1", "-scale-to-x", Integer.toString(width),
                "-scale-to-y", "-1", pdf.toString(), prefix.toString()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            if (p.waitFor() != 0) {
                throw new IOException("pdftoppm failed on " + pdf);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    @FunctionalInterface
    interface Round {
        void run() throws Exception;
    }

    /** The fastest of several timed rounds, the first one discarded (JIT, file cache). */
    private static double best(int rounds, Round round) throws Exception {
        List<Double> seconds = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            long t = System.nanoTime();
            round.run();
            if (i > 0) {
                seconds.add((System.nanoTime() - t) / 1e9);
            }
        }
        return seconds.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
    }

    private static String option(String[] args, String name) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return null;
    }

    private static int intOption(String[] args, String name, int fallback) {
        String value = option(args, name);
        return value == null ? fallback : Integer.parseInt(value);
    }
}
