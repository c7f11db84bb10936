package org.peaceops.intranet.training.scorm.infrastructure;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.peaceops.intranet.training.scorm.domain.ArchiveEntry;
import org.peaceops.intranet.training.scorm.domain.PackageArchive;
import org.peaceops.intranet.training.scorm.domain.PackageProblem;
import org.peaceops.intranet.training.scorm.domain.PackageRefused;

/**
 * A package zip read through its central directory (Commons Compress, rather than {@code java.util.zip},
 * because it shows the Unix mode that marks a symbolic link). Reading an entry stops with an error one
 * byte past the size the entry declared, so a zip lying about its sizes cannot inflate beyond them.
 */
public final class ZipPackageArchive implements PackageArchive {

    private final ZipFile zip;
    private final Map<String, ZipArchiveEntry> byName = new HashMap<>();
    private final List<ArchiveEntry> entries = new ArrayList<>();

    private ZipPackageArchive(ZipFile zip) {
        this.zip = zip;
        for (ZipArchiveEntry e : Collections.list(zip.getEntries())) {
            byName.putIfAbsent(e.getName(), e);
            entries.add(new ArchiveEntry(e.getName(), e.getSize(), e.getCompressedSize(), e.isDirectory(),
                    e.isUnixSymlink()));
        }
    }

    /** @throws PackageRefused if the file is not a zip */
    public static ZipPackageArchive open(Path file) {
        try {
            return new ZipPackageArchive(ZipFile.builder().setPath(file).get());
        } catch (IOException e) {
            throw new PackageRefused(PackageProblem.NOT_A_ZIP, String.valueOf(e.getMessage()), e);
        }
    }

    @Override
    public List<ArchiveEntry> entries() {
        return List.copyOf(entries);
    }

    @Override
    public InputStream open(String name) throws IOException {
        ZipArchiveEntry entry = byName.get(name);
        if (entry == null) {
            throw new IOException("No entry " + name);
        }
        return new Bounded(zip.getInputStream(entry), entry.getSize(), name);
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    /** Fails the read once more bytes come than the entry declared. */
    private static final class Bounded extends FilterInputStream {
        private long left;
        private final String name;

        Bounded(InputStream in, long declared, String name) {
            super(in);
            this.left = declared;
            this.name = name;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0 && --left < 0) {
                throw new IOException(name + " inflates past its declared size");
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                left -= n;
                if (left < 0) {
                    throw new IOException(name + " inflates past its declared size");
                }
            }
            return n;
        }
    }
}
