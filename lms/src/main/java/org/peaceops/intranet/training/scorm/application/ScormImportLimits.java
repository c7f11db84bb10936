package org.peaceops.intranet.training.scorm.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.peaceops.intranet.training.scorm.domain.PackageLimits;

/**
 * How big an imported package may be, from configuration: {@code intranet.scorm.max-entries},
 * {@code intranet.scorm.max-bytes} and {@code intranet.scorm.max-ratio} (environment
 * {@code INTRANET_SCORM_MAX_ENTRIES}, ...). A value out of its sane range is not taken: the default stands
 * and the log says so once, so a typo cannot switch the zip-bomb checks off (or refuse every package).
 */
@ApplicationScoped
public class ScormImportLimits {

    private static final Logger LOG = Logger.getLogger(ScormImportLimits.class.getName());

    /** Files in one package; real courses have a few thousand at most. */
    @Inject
    @ConfigProperty(name = "intranet.scorm.max-entries", defaultValue = "10000")
    long maxEntries;

    /** Bytes a package unpacks to, all files together (1,000 MiB by default: video included). */
    @Inject
    @ConfigProperty(name = "intranet.scorm.max-bytes", defaultValue = "1048576000")
    long maxBytes;

    /** How many times its compressed size one entry (or the whole) may inflate to. */
    @Inject
    @ConfigProperty(name = "intranet.scorm.max-ratio", defaultValue = "100")
    long maxRatio;

    private PackageLimits limits = PackageLimits.DEFAULT;

    @PostConstruct
    void read() {
        limits = of(maxEntries, maxBytes, maxRatio);
    }

    public PackageLimits limits() {
        return limits;
    }

    /** The configured values, each kept when within its range, else the default (with a warning). */
    public static PackageLimits of(long entries, long bytes, long ratio) {
        PackageLimits d = PackageLimits.DEFAULT;
        return new PackageLimits(
                (int) sane("intranet.scorm.max-entries", entries, 1, 1_000_000, d.maxEntries()),
                sane("intranet.scorm.max-bytes", bytes, 1, 1L << 40, d.maxTotalBytes()),
                (int) sane("intranet.scorm.max-ratio", ratio, 1, 10_000, d.maxRatio()));
    }

    private static long sane(String key, long value, long min, long max, long otherwise) {
        if (value >= min && value <= max) {
            return value;
        }
        LOG.warning(() -> key + " = " + value + " is outside " + min + ".." + max + ": the default " + otherwise
                + " applies");
        return otherwise;
    }
}
