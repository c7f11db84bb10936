package org.peaceops.intranet.documents.infrastructure.tika;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * A look at a ZIP-based file's directory before any parser opens it (DOCX, XLSX, PPTX, ODT and EPUB are
 * ZIP files): what its entries claim to expand to. A file promising hundreds of times its size, or tens of
 * thousands of entries, is a decompression bomb and is not parsed at all. Entries that lie about their
 * size are still caught while parsing (Tika's secure handler, POI's inflate-ratio check, the child JVM's heap).
 */
final class ArchiveInspection {

    static final long MAX_RATIO = 100;
    static final long MIN_EXPANDED_TO_CARE = 100L * 1024 * 1024;
    static final int MAX_ENTRIES = 20_000;

    private ArchiveInspection() {
    }

    /** Why the file is a bomb, or empty when it is not a ZIP file or looks sane. */
    static Optional<String> bomb(Path file) throws IOException {
        long compressed = java.nio.file.Files.size(file);
        try (ZipFile zip = new ZipFile(file.toFile())) {
            long expanded = 0;
            int entries = 0;
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements();) {
                ZipEntry entry = e.nextElement();
                entries++;
                expanded += Math.max(0, entry.getSize());
                if (entries > MAX_ENTRIES) {
                    return Optional.of("The archive holds more than " + MAX_ENTRIES + " entries.");
                }
            }
            if (expanded > MIN_EXPANDED_TO_CARE && expanded > MAX_RATIO * Math.max(1, compressed)) {
                return Optional.of("The file would expand from " + compressed + " bytes to " + expanded + " bytes.");
            }
            return Optional.empty();
        } catch (ZipException notAZip) {
            return Optional.empty();
        }
    }
}
