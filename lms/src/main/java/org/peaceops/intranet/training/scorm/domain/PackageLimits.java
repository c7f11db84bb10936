package org.peaceops.intranet.training.scorm.domain;

/**
 * How big a package may be: entries, total uncompressed bytes, and how far one entry (or the whole) may
 * inflate over its compressed size. A zip bomb declares either a huge size or a huge ratio in its central
 * directory and is refused on that, before one byte is inflated; one that lies about its sizes is caught
 * while reading, since an entry is never read past the size it declared.
 */
public record PackageLimits(int maxEntries, long maxTotalBytes, int maxRatio) {

    /** Generous for real e-learning (video included), small enough for the server's disk; configured by ScormImportLimits. */
    public static final PackageLimits DEFAULT = new PackageLimits(10_000, 1_000L * 1024 * 1024, 100);

    /** Entries smaller than this are not held to the ratio: a tiny file of blanks compresses very well. */
    static final long RATIO_FLOOR_BYTES = 64 * 1024;

    public PackageLimits {
        if (maxEntries < 1 || maxTotalBytes < 1 || maxRatio < 1) {
            throw new IllegalArgumentException("Package limits must be positive");
        }
    }
}
