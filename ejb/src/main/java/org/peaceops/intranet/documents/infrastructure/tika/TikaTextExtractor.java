package org.peaceops.intranet.documents.infrastructure.tika;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.channels.ClosedByInterruptException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.apache.tika.config.TikaConfig;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.tika.fork.ForkParser;
import org.apache.tika.fork.ParserFactoryFactory;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.Office;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.AutoDetectParserFactory;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.WriteOutContentHandler;
import org.peaceops.intranet.documents.application.ingest.TextExtraction;
import org.peaceops.intranet.documents.domain.extraction.ExtractionOutcome;
import org.peaceops.intranet.documents.domain.extraction.ExtractionReason;
import org.peaceops.intranet.documents.domain.extraction.ExtractionStatus;
import org.peaceops.intranet.documents.infrastructure.tika.child.ContainedParserFactory;
import org.xml.sax.SAXException;

/**
 * Extracts a file's plain text and metadata with Tika's auto-detecting parser, inside the limits that
 * keep one hostile file from harming the server: at most {@code maxChars} characters written; Tika's
 * {@code SecureContentHandler} (which the auto-detect parser puts around every parse) stops archive bombs
 * and absurd nesting; a deadline checked at every SAX event, and an interrupt at the deadline for a
 * parser stuck in its own reading, end a parse that takes too long.
 *
 * <p>Runs in the caller's thread, in-process. Thread-safe: one instance serves the whole worker pool.
 */
public final class TikaTextExtractor implements TextExtraction, AutoCloseable {

    private static final Duration INTERRUPT_GRACE = Duration.ofSeconds(2);
    private static final Duration CHILD_IDLE = Duration.ofMinutes(15);
    /** How often a child checks its own time limit (Tika's default pulse). */
    private static final Duration CHILD_PULSE = Duration.ofSeconds(1);
    /** The longest wait for a free (or newly started) child before the parse begins. */
    private static final Duration CHILD_WAIT = Duration.ofMinutes(5);

    private final Parser parser;
    private final Path childClassPath;
    private final long maxChars;
    private final Duration timeout;
    private final ScheduledExecutorService watchdog;

    /**
     * @param maxChars the most text kept; the rest is cut off (reason {@link ExtractionReason#TEXT_TRUNCATED})
     * @param timeout  the longest one file may take
     */
    public TikaTextExtractor(long maxChars, Duration timeout) {
        this(new AutoDetectParser(TikaConfig.getDefaultConfig()), maxChars, timeout, null);
    }

    /**
     * The child JVMs' options besides the heap. A child lives for hundreds of files, but it starts cold
     * beside a busy server on few cores: {@code TieredStopAtLevel=1} keeps the JIT to the quick C1
     * compiler (no C2 compile threads competing with the parse), and the serial collector suits a heap of
     * a few hundred MB without a GC thread per core. Measured with bench/ingest/run (forked mode).
     */
    public static final List<String> CHILD_JVM_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    /**
     * Parses in child JVMs (Tika's ForkParser), so that a parser exhausting memory or looping takes down
     * a child, never the server: each child has {@code childHeapMb} of heap, is stopped by Tika when one
     * parse exceeds the time limit, and is replaced after it.
     *
     * @param tikaBin a directory holding the jars of Tika and its parsers (the child's class path)
     */
    public static TikaTextExtractor forked(long maxChars, Duration timeout, Path tikaBin, int childHeapMb, int children) {
        return forked(maxChars, timeout, tikaBin, childHeapMb, children, CHILD_JVM_OPTIONS);
    }

    /** As {@link #forked(long, Duration, Path, int, int)}, with other JVM options for the children (benchmarks). */
    public static TikaTextExtractor forked(long maxChars, Duration timeout, Path tikaBin, int childHeapMb, int children,
            List<String> jvmOptions) {
        Path childClassPath = ChildClassPath.create(tikaBin);
        ForkParser fork = new ForkParser(childClassPath,
                new ParserFactoryFactory(ContainedParserFactory.class.getName(), new java.util.HashMap<>()));
        List<String> command = new java.util.ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + childHeapMb + "m");
        command.addAll(jvmOptions);
        command.addAll(List.of("-XX:+ExitOnOutOfMemoryError", "-Djava.awt.headless=true"));
        fork.setJavaCommand(command);
        fork.setPoolSize(children);
        fork.setServerParseTimeoutMillis(timeout.toMillis());
        fork.setServerPulseMillis(CHILD_PULSE.toMillis());
        // An idle child waits this long for its next file before it ends; each new child costs a JVM start
        // and a cold JIT, so it waits for the next upload rather than for the next minute only.
        fork.setServerWaitTimeoutMillis(Math.max(CHILD_IDLE.toMillis(), timeout.toMillis() + INTERRUPT_GRACE.toMillis()));
        fork.setMaxFilesProcessedPerServer(500);
        return new TikaTextExtractor(fork, maxChars, timeout, childClassPath);
    }

    /** The directory of the jar Tika's core was loaded from: in the EAR, its lib/ with every parser jar. */
    public static Optional<Path> tikaJarDirectory() {
        try {
            java.net.URL location = ForkParser.class.getProtectionDomain().getCodeSource().getLocation();
            Path jar = Path.of(location.toURI());
            return java.nio.file.Files.isRegularFile(jar) ? Optional.of(jar.getParent()) : Optional.empty();
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private TikaTextExtractor(Parser parser, long maxChars, Duration timeout, Path childClassPath) {
        if (maxChars < 1 || maxChars > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("The text limit must be between 1 and " + Integer.MAX_VALUE + ": " + maxChars);
        }
        this.parser = parser;
        this.childClassPath = childClassPath;
        this.maxChars = maxChars;
        this.timeout = timeout;
        this.watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "extraction-watchdog");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Parses the file and writes its text to {@code out} (not closed here). Never throws for what the file
     * contains: every problem becomes an outcome with a reason. Only a failure to write the text escapes.
     */
    public ExtractionOutcome extract(Path path, String fileName, Writer out) throws IOException {
        Optional<String> bomb = ArchiveInspection.bomb(path);
        if (bomb.isPresent()) {
            return ExtractionOutcome.without(ExtractionStatus.FAILED, ExtractionReason.ARCHIVE_BOMB, bomb.get());
        }
        TextSample sample = new TextSample(out);
        WriteOutContentHandler limited = new WriteOutContentHandler(sample, (int) maxChars);
        ParseClock clock = new ParseClock(timeout);
        Metadata metadata = new Metadata();
        if (fileName != null) {
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        }
        ParseContext context = new ParseContext();
        if (!isForked()) {
            context.set(Parser.class, parser); // embedded documents (attachments, OLE objects) are parsed too
        }
        Thread worker = Thread.currentThread();
        AtomicReference<ScheduledFuture<?>> alarm = new AtomicReference<>();
        try (TikaInputStream file = TikaInputStream.get(path)) {
            InputStream in = file;
            if (isForked()) {
                // The clock starts when the child asks for the first bytes; until then only a long wait for
                // a free child is cut short. The child stops itself at the time limit; the interrupt after
                // it is for a child that no longer answers at all.
                alarm.set(watchdog.schedule(worker::interrupt, CHILD_WAIT.toMillis(), TimeUnit.MILLISECONDS));
                in = new FirstRead(file, () -> {
                    clock.start();
                    alarm.getAndSet(watchdog.schedule(worker::interrupt,
                            timeout.plus(INTERRUPT_GRACE).plus(INTERRUPT_GRACE).toMillis(), TimeUnit.MILLISECONDS)).cancel(false);
                });
            } else {
                clock.start();
                alarm.set(watchdog.schedule(worker::interrupt, timeout.plus(INTERRUPT_GRACE).toMillis(), TimeUnit.MILLISECONDS));
            }
            ChildReport report = new ChildReport(new DeadlineHandler(new BodyContentHandler(limited), clock));
            parser.parse(in, report, metadata, context);
            report.rethrow();
            sample.flush();
            // Through a child JVM the write limit's exception does not come back: a text that filled the
            // limit exactly was cut all the same, and is recorded so.
            return sample.count() >= maxChars ? truncated(metadata, sample) : success(metadata, sample, Optional.empty(), null);
        } catch (SAXException | TikaException | IOException | RuntimeException e) {
            sample.flush();
            return failure(e, metadata, sample, clock);
        } finally {
            ScheduledFuture<?> pending = alarm.get();
            if (pending != null) {
                pending.cancel(false);
            }
            Thread.interrupted(); // an alarm that fired just as the parse ended must not hit the next task
        }
    }

    /**
     * Starts every child JVM now, on {@code executor}, rather than when the first files arrive: a child
     * is a JVM start and a cold parser, and Tika starts them one at a time. Each start parses a small PDF
     * and holds its child until all are up, so that each start makes a distinct child. Does nothing in
     * process. Completes with the number of children started.
     */
    @Override
    public CompletableFuture<Integer> startChildren(Executor executor, int children) {
        return isForked() ? ChildWarmUp.start(parser, executor, children, timeout.dividedBy(2))
                : CompletableFuture.completedFuture(0);
    }

    private ExtractionOutcome failure(Exception e, Metadata metadata, TextSample sample, ParseClock clock) {
        if (WriteLimitReachedException.isWriteLimitReached(e) || sample.count() >= maxChars) {
            return truncated(metadata, sample);
        }
        Optional<String> limit = SafetyLimit.of(e);
        if (limit.isPresent() && sample.count() > 0 && !sample.sample().isBlank()) {
            return success(metadata, sample, Optional.of(ExtractionReason.TEXT_TRUNCATED), "The file reached a safety limit"
                    + " against expansion bombs: only the " + sample.count() + " characters before it were kept (limit "
                    + limit.get() + ").");
        }
        if (limit.isPresent()) {
            return ExtractionOutcome.without(ExtractionStatus.FAILED, ExtractionReason.ARCHIVE_BOMB,
                    "The file reached a safety limit against expansion bombs before any text (limit " + limit.get() + ").");
        }
        if (messageSays(e, "doctype is disallowed")) {
            return ExtractionOutcome.without(ExtractionStatus.FAILED, ExtractionReason.CORRUPT, "The document's XML declares"
                    + " a DOCTYPE, which Office documents do not carry and which is how entity bombs and external entities"
                    + " are brought in; the Office parser refuses to read any of it, so there is no text.");
        }
        boolean interrupted = causedBy(e, ClosedByInterruptException.class) || causedBy(e, InterruptedException.class);
        if (isForked() && !clock.started() && interrupted) {
            return ExtractionOutcome.without(ExtractionStatus.FAILED, ExtractionReason.TIMEOUT,
                    "No extraction process was free within " + CHILD_WAIT.toSeconds() + " s.");
        }
        // A child stops itself at the limit, checked once a second from its own start of the call.
        if (DeadlineHandler.isTimeout(e) || clock.expired(isForked() ? CHILD_PULSE : Duration.ZERO) || interrupted) {
            return ExtractionOutcome.without(ExtractionStatus.FAILED, ExtractionReason.TIMEOUT,
                    "Extraction took longer than " + timeout.toSeconds() + " s and was stopped.");
        }
        if (causedBy(e, EncryptedDocumentException.class) || causedBy(e, "org.apache.poi.EncryptedDocumentException")
                || causedBy(e, "org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException")
                || messageSays(e, "document is encrypted") || messageSays(e, "encrypteddocumentexception")) {
            // (from a child JVM the exception may come back as its message, or its class name only)
            return ExtractionOutcome.without(ExtractionStatus.NO_TEXT, ExtractionReason.ENCRYPTED,
                    "The file is password-protected; it is kept, without searchable text.");
        }
        if (messageSays(e, "zip bomb")) {
            return ExtractionOutcome.without(ExtractionStatus.FAILED, ExtractionReason.ARCHIVE_BOMB, rootMessage(e));
        }
        if (causedBy(e, ZeroByteFileException.class)) {
            return ExtractionOutcome.without(ExtractionStatus.NO_TEXT, ExtractionReason.NO_TEXT_CONTENT, "The file is empty.");
        }
        if (isForked() && (messageSays(e, "forked server") || messageSays(e, "catastrophic") || messageSays(e, "server process"))) {
            return ExtractionOutcome.without(ExtractionStatus.FAILED, ExtractionReason.PARSER_ERROR,
                    "The extraction process stopped (out of memory, or too slow) and was replaced: " + rootMessage(e));
        }
        boolean tikaFailure = e instanceof ChildFailure child ? child.is(TikaException.class.getName()) : e instanceof TikaException;
        if (tikaFailure || causedBy(e, IOException.class)) {
            return ExtractionOutcome.without(ExtractionStatus.FAILED, ExtractionReason.CORRUPT, rootMessage(e));
        }
        return ExtractionOutcome.without(ExtractionStatus.FAILED, ExtractionReason.PARSER_ERROR, rootMessage(e));
    }

    /** The detail names the limit and its value: the API and the document page show them. */
    private ExtractionOutcome truncated(Metadata metadata, TextSample sample) {
        return success(metadata, sample, Optional.of(ExtractionReason.TEXT_TRUNCATED),
                "Only the first " + maxChars + " characters were kept (limit intranet.extraction.max-chars=" + maxChars + ").");
    }

    private static ExtractionOutcome success(Metadata m, TextSample sample, Optional<ExtractionReason> reason, String detail) {
        Optional<String> language = Optional.ofNullable(m.get(TikaCoreProperties.LANGUAGE))
                .map(LanguageGuess::normalise).or(() -> LanguageGuess.of(sample.sample()));
        Integer pages = firstInt(m.get(PagedText.N_PAGES), m.get(Office.PAGE_COUNT), m.get(Office.SLIDE_COUNT));
        if (sample.count() == 0 || sample.sample().isBlank()) {
            return new ExtractionOutcome(ExtractionStatus.NO_TEXT, Optional.of(ExtractionReason.NO_TEXT_CONTENT),
                    Optional.of("The file holds no text to extract."), text(m.get(TikaCoreProperties.TITLE)),
                    text(m.get(TikaCoreProperties.CREATOR)), Optional.ofNullable(pages), Optional.empty(), 0);
        }
        return new ExtractionOutcome(ExtractionStatus.EXTRACTED, reason, Optional.ofNullable(detail),
                text(m.get(TikaCoreProperties.TITLE)), text(m.get(TikaCoreProperties.CREATOR)), Optional.ofNullable(pages),
                language, sample.count());
    }

    private static Optional<String> text(String value) {
        return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
    }

    private static Integer firstInt(String... values) {
        for (String v : values) {
            try {
                if (v != null) {
                    return Integer.valueOf(v.strip());
                }
            } catch (NumberFormatException ignored) {
                // a malformed count in the file's metadata is simply not shown
            }
        }
        return null;
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t) && !(t instanceof ChildFailure) || t instanceof ChildFailure child && child.is(type.getName())) {
                return true;
            }
        }
        return false;
    }

    private static boolean causedBy(Throwable e, String className) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ChildFailure child && child.is(className)) {
                return true;
            }
            for (Class<?> c = t.getClass(); c != null; c = c.getSuperclass()) {
                if (c.getName().equals(className)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean messageSays(Throwable e, String words) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && t.getMessage().toLowerCase(java.util.Locale.ROOT).contains(words)) {
                return true;
            }
        }
        return false;
    }

    /**
     * What went wrong, readable: each distinct message along the cause chain with the kind of failure
     * ({@code NoClassDefFoundError: org/apache/...} rather than the bare class path that a child JVM's
     * error carries as its message), at most 500 characters.
     */
    static String rootMessage(Throwable e) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String said = t.getMessage() == null ? "" : t.getMessage().strip();
            // A wrapper repeating its cause's words adds nothing; the kind of failure is kept.
            if (said.isEmpty() ? parts.isEmpty() || t.getCause() == null : parts.stream().noneMatch(p -> p.contains(said))) {
                String kind = t instanceof ChildFailure child ? child.simpleName() : t.getClass().getSimpleName();
                parts.add(kind + (said.isEmpty() ? "" : ": " + said));
            }
        }
        String message = String.join("; caused by ", parts);
        return message.length() > 500 ? message.substring(0, 500) : message;
    }

    /** Whether parsing happens in child JVMs. */
    public boolean isForked() {
        return parser instanceof ForkParser;
    }

    @Override
    public void close() {
        watchdog.shutdownNow();
        if (parser instanceof ForkParser fork) {
            fork.close();
        }
        if (childClassPath != null) {
            ChildClassPath.delete(childClassPath);
        }
    }
}
