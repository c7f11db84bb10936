package org.peaceops.intranet.documents.infrastructure.tika;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.BodyContentHandler;
import org.peaceops.intranet.documents.infrastructure.pdf.PlainTextPdf;

/**
 * Starts the child JVMs of a forked parser before any file needs them. Tika starts a child when a parse
 * finds none free, one at a time; started at the first uploads, a cold child under load takes most of a
 * minute. Here each of {@code children} tasks parses a one-page PDF (so the child has loaded the PDF
 * parser too) and keeps its child busy until every task holds one, so that they start distinct children.
 */
final class ChildWarmUp {

    private static final Logger LOG = Logger.getLogger(ChildWarmUp.class.getName());

    private ChildWarmUp() {
    }

    /** Returns when each task has ended: the number of children started. */
    static CompletableFuture<Integer> start(Parser fork, Executor executor, int children, Duration hold) {
        byte[] pdf = samplePdf();
        CountDownLatch allHeld = new CountDownLatch(children);
        AtomicInteger ready = new AtomicInteger();
        AtomicInteger ended = new AtomicInteger();
        CompletableFuture<Integer> done = new CompletableFuture<>();
        long begun = System.nanoTime();
        for (int i = 0; i < children; i++) {
            executor.execute(() -> {
                Metadata metadata = new Metadata();
                metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, "warm-up.pdf");
                try {
                    fork.parse(new FirstRead(new ByteArrayInputStream(pdf), () -> hold(allHeld, hold)),
                            new BodyContentHandler(-1), metadata, new ParseContext());
                    int n = ready.incrementAndGet();
                    if (n == children) {
                        LOG.info(() -> "Text extraction: " + children + " child JVM(s) started in "
                                + (System.nanoTime() - begun) / 1_000_000 + " ms");
                    }
                } catch (Exception | LinkageError e) {
                    // Not fatal: a child is then started by the first file that needs one.
                    LOG.log(Level.WARNING, "A text extraction child JVM could not be started ahead of the files", e);
                } finally {
                    if (ended.incrementAndGet() == children) {
                        done.complete(ready.get());
                    }
                }
            });
        }
        return done;
    }

    private static void hold(CountDownLatch allHeld, Duration hold) {
        allHeld.countDown();
        try {
            allHeld.await(hold.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static byte[] samplePdf() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new PlainTextPdf().write("Warm-up", new StringReader("Guidance for every mission.\nOrientations pour chaque mission."), out);
        } catch (IOException | RuntimeException e) {
            return "Guidance for every mission.".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        return out.toByteArray();
    }
}
