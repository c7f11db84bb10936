package org.peaceops.intranet.training.scorm.domain;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/** A package's zip as the rules need it: what it declares, and one entry's bytes. */
public interface PackageArchive extends Closeable {

    /** Every entry, in the order of the central directory. */
    List<ArchiveEntry> entries();

    /**
     * The bytes of the entry named {@code name} as written in the archive, never more than it declared
     * (reading past that fails with an {@link java.io.IOException}: a zip lying about its sizes).
     */
    InputStream open(String name) throws IOException;
}
