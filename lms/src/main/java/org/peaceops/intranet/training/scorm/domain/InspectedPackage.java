package org.peaceops.intranet.training.scorm.domain;

import java.util.List;

/** A package that passed every check: its manifest, and its files with their sizes, in entry order. */
public record InspectedPackage(PackageManifest manifest, List<PackageFile> files) {

    public InspectedPackage {
        files = List.copyOf(files);
    }

    public long totalBytes() {
        return files.stream().mapToLong(PackageFile::size).sum();
    }

    /** One file of the package: where it goes, and the entry name it is read from. */
    public record PackageFile(PackagePath path, String entryName, long size) {
    }
}
