package org.peaceops.intranet.documents.application.preview;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

/**
 * Runs one rendering in a thread of its own and waits at most the deadline for it. PDFBox has no
 * timeout and rarely notices an interrupt, so the caller stops waiting instead: the thread is
 * interrupted and, a daemon holding nothing of the request, ends when PDFBox returns. An
 * {@link OutOfMemoryError} in that thread ends only that rendering: its memory is released as the
 * thread unwinds, and the file is reported as too complex, as extraction reports a file that blows up.
 */
final class RenderingDeadline {

    private static final Logger LOG = Logger.getLogger(RenderingDeadline.class.getName());
    private static final AtomicLong THREADS = new AtomicLong();

    private RenderingDeadline() {
    }

    static <T> T run(PagePreviews.Work<T> work, Duration deadline) throws IOException, UnrenderablePdfException {
        FutureTask<T> task = new FutureTask<>(() -> {
            try {
                return work.run();
            } catch (OutOfMemoryError e) {
                throw new UnrenderablePdfException(UnrenderablePdfException.Problem.TOO_COMPLEX,
                        "Rendering ran out of memory", null);
            }
        });
        Thread thread = new Thread(task, "page-preview-" + THREADS.incrementAndGet());
        thread.setDaemon(true);
        thread.start();
        try {
            return task.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            task.cancel(true);
            LOG.warning(() -> "A page preview took longer than " + deadline.toSeconds() + " s and was abandoned");
            throw new UnrenderablePdfException(UnrenderablePdfException.Problem.TOO_COMPLEX,
                    "Rendering took longer than " + deadline.toSeconds() + " s", null);
        } catch (InterruptedException e) {
            task.cancel(true);
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while waiting for a page preview", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof UnrenderablePdfException unrenderable) {
                throw unrenderable;
            }
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IOException(cause);
        }
    }
}
