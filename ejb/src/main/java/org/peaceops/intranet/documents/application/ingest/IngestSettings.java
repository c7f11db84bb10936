package org.peaceops.intranet.documents.application.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The ingest settings (MicroProfile Config, environment variables override):
 * {@code intranet.upload.allowed-types} (media types, comma-separated),
 * {@code intranet.extraction.workers} (2), {@code intranet.extraction.timeout-seconds} (60),
 * {@code intranet.extraction.max-chars} (50,000,000), {@code intranet.extraction.isolation} ({@code process}
 * or {@code none}), {@code intranet.extraction.child-heap-mb} (512, the heap of each child JVM).
 */
@ApplicationScoped
public class IngestSettings {

    /**
     * PDF, Word, OpenDocument text, spreadsheet and presentation, Excel, PowerPoint (with their macro-free
     * templates and slide shows), RTF, plain text, HTML, EPUB and common images.
     */
    public static final String DEFAULT_ALLOWED_TYPES = "application/pdf,"
            + "application/msword,application/vnd.openxmlformats-officedocument.wordprocessingml.document,"
            + "application/vnd.openxmlformats-officedocument.wordprocessingml.template,"
            + "application/vnd.oasis.opendocument.text,application/vnd.oasis.opendocument.spreadsheet,"
            + "application/vnd.oasis.opendocument.presentation,"
            + "application/vnd.ms-excel,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,"
            + "application/vnd.openxmlformats-officedocument.spreadsheetml.template,"
            + "application/vnd.ms-powerpoint,application/vnd.openxmlformats-officedocument.presentationml.presentation,"
            + "application/vnd.openxmlformats-officedocument.presentationml.template,"
            + "application/vnd.openxmlformats-officedocument.presentationml.slideshow,"
            + "application/rtf,text/plain,text/html,application/xhtml+xml,application/epub+zip,"
            + "image/png,image/jpeg,image/gif,image/tiff,image/webp";

    @Inject
    @ConfigProperty(name = "intranet.upload.allowed-types", defaultValue = DEFAULT_ALLOWED_TYPES)
    String allowedTypes;

    @Inject
    @ConfigProperty(name = "intranet.extraction.workers", defaultValue = "2")
    int workers;

    @Inject
    @ConfigProperty(name = "intranet.extraction.timeout-seconds", defaultValue = "60")
    long timeoutSeconds;

    @Inject
    @ConfigProperty(name = "intranet.extraction.max-chars", defaultValue = "50000000")
    long maxChars;

    @Inject
    @ConfigProperty(name = "intranet.extraction.isolation", defaultValue = "process")
    String isolation;

    @Inject
    @ConfigProperty(name = "intranet.extraction.child-heap-mb", defaultValue = "512")
    int childHeapMb;

    /** {@code process} (default): parsers run in child JVMs; {@code none}: in the server's own JVM. */
    public boolean processIsolation() {
        return !"none".equalsIgnoreCase(isolation.strip());
    }

    public int childHeapMb() {
        return Math.max(64, childHeapMb);
    }

    public List<String> allowedTypes() {
        return parseTypes(allowedTypes);
    }

    static List<String> parseTypes(String list) {
        return Arrays.stream(list.split(",")).map(t -> t.strip().toLowerCase(Locale.ROOT)).filter(t -> !t.isEmpty()).toList();
    }

    public int workers() {
        return Math.max(1, workers);
    }

    public Duration timeout() {
        return Duration.ofSeconds(Math.max(1, timeoutSeconds));
    }

    public long maxChars() {
        return maxChars;
    }
}
