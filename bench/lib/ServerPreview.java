import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Page previews through the server: every PDF of a directory uploaded as a draft of the demo contributor,
 * then page 1 of each asked from {@code /intranet/library/preview} (PreviewServlet) over HTTP: first cold
 * (rendered by the server; a 503 "busy" is waited out as a browser would), then cached ({@code rounds}
 * requests per page, the image read again from the preview cache), then revalidated with its ETag (304).
 * Prints pages/s cold and the latency of cached and revalidated requests; asserts nothing.
 *
 * <p>Compiled with DemoSession.java. Arguments: BASE_URL PDF_DIR [ROUNDS]
 */
public class ServerPreview {

    public static void main(String[] args) throws Exception {
        DemoSession session = new DemoSession(args[0]);
        Path dir = Path.of(args[1]);
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        List<Path> pdfs;
        try (Stream<Path> files = Files.list(dir)) {
            pdfs = files.filter(f -> f.toString().toLowerCase(Locale.ROOT).endsWith(".pdf")).sorted().toList();
        }
        String run = Long.toString(System.currentTimeMillis(), 36).toUpperCase(Locale.ROOT);
        List<Long> documents = new ArrayList<>();
        for (int i = 0; i < pdfs.size(); i++) {
            DemoSession.Draft draft = session.draft("PREVIEW." + run + "." + i, pdfs.get(i));
            if (draft.sha256() == null) {
                throw new IllegalStateException(pdfs.get(i) + " was refused: HTTP " + draft.status());
            }
            documents.add(draft.documentId());
        }

        long busy = 0;
        long bytes = 0;
        List<String> tags = new ArrayList<>();
        long start = System.nanoTime();
        for (long id : documents) {
            while (true) {
                HttpResponse<byte[]> image = get(session, id, null);
                if (image.statusCode() == 503) {
                    busy++;
                    Thread.sleep(500);
                    continue;
                }
                if (image.statusCode() != 200) {
                    throw new IllegalStateException("Preview of document " + id + ": HTTP " + image.statusCode());
                }
                bytes += image.body().length;
                tags.add(image.headers().firstValue("ETag").orElse(""));
                break;
            }
        }
        double cold = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "server preview, cold (rendered, PreviewServlet over HTTP): %d pages in %.2f s: %.2f pages/s"
                + " (%.0f ms/page, %d kB PNG on average, %d busy answers waited out)%n",
                documents.size(), cold, documents.size() / cold, cold * 1000 / documents.size(), bytes / 1024 / documents.size(), busy);

        long[] cached = new long[documents.size() * rounds];
        long[] revalidated = new long[documents.size() * rounds];
        int n = 0;
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < documents.size(); i++) {
                long t = System.nanoTime();
                HttpResponse<byte[]> image = get(session, documents.get(i), null);
                cached[n] = System.nanoTime() - t;
                t = System.nanoTime();
                HttpResponse<byte[]> same = get(session, documents.get(i), tags.get(i));
                revalidated[n++] = System.nanoTime() - t;
                if (image.statusCode() != 200 || same.statusCode() != 304) {
                    throw new IllegalStateException("Cached preview: HTTP " + image.statusCode() + ", revalidated: " + same.statusCode());
                }
            }
        }
        print("server preview, cached (200 from the preview cache)", cached);
        print("server preview, revalidated (If-None-Match, 304)  ", revalidated);
    }

    private static HttpResponse<byte[]> get(DemoSession session, long id, String etag) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(session.base + "/intranet/library/preview?id=" + id
                + "&version=1&size=page&page=1")).timeout(Duration.ofMinutes(2)).GET();
        if (etag != null) {
            request.header("If-None-Match", etag);
        }
        return session.http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static void print(String what, long[] nanos) {
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "%s: %d requests, median %.2f ms, p95 %.2f ms, p99 %.2f ms%n", what, nanos.length,
                nanos[nanos.length / 2] / 1e6, nanos[nanos.length * 95 / 100] / 1e6, nanos[nanos.length * 99 / 100] / 1e6);
    }
}
