package org.peaceops.intranet.training.scorm.domain;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The checks a package passes before anything of it is kept, cheapest first: what the central directory
 * declares (entry count, names, links, sizes, ratios: a zip bomb stops here, uninflated), then the
 * manifest, then whether every file the manifest names is there. The only bytes inflated are the
 * manifest's, bounded.
 */
public final class PackageInspection {

    public static final String MANIFEST = "imsmanifest.xml";
    /** Real manifests are tens of kilobytes; this leaves room for very large course trees. */
    static final int MAX_MANIFEST_BYTES = 4 * 1024 * 1024;

    private final PackageLimits limits;

    public PackageInspection(PackageLimits limits) {
        this.limits = limits;
    }

    /** @throws PackageRefused with the first problem found */
    public InspectedPackage inspect(PackageArchive archive) {
        List<InspectedPackage.PackageFile> files = checkedEntries(archive.entries());
        Map<PackagePath, InspectedPackage.PackageFile> byPath = new HashMap<>();
        files.forEach(f -> byPath.put(f.path(), f));
        InspectedPackage.PackageFile manifestFile = byPath.get(new PackagePath(MANIFEST));
        if (manifestFile == null) {
            throw new PackageRefused(PackageProblem.MISSING_MANIFEST, MANIFEST);
        }
        PackageManifest manifest = ManifestReader.read(manifestBytes(archive, manifestFile));
        for (PackagePath named : manifest.namedFiles()) {
            if (!byPath.containsKey(named)) {
                throw new PackageRefused(PackageProblem.MISSING_FILE, named.value());
            }
        }
        return new InspectedPackage(manifest, files);
    }

    private List<InspectedPackage.PackageFile> checkedEntries(List<ArchiveEntry> entries) {
        if (entries.size() > limits.maxEntries()) {
            throw new PackageRefused(PackageProblem.TOO_MANY_ENTRIES, String.valueOf(entries.size()),
                    String.valueOf(limits.maxEntries()));
        }
        List<InspectedPackage.PackageFile> files = new ArrayList<>();
        Map<PackagePath, String> seen = new HashMap<>();
        long total = 0;
        long compressedTotal = 0;
        for (ArchiveEntry entry : entries) {
            if (entry.symlink()) {
                throw new PackageRefused(PackageProblem.SYMLINK, entry.name());
            }
            PackagePath path = PackagePath.ofEntry(entry.name());
            if (entry.directory()) {
                continue;
            }
            if (seen.put(path, entry.name()) != null) {
                throw new PackageRefused(PackageProblem.DUPLICATE_ENTRY, path.value());
            }
            if (entry.size() < 0 || entry.compressedSize() < 0) {
                // Without declared sizes the bomb could only be found by inflating it: not accepted.
                throw new PackageRefused(PackageProblem.UNDECLARED_SIZE, entry.name());
            }
            if (entry.size() >= PackageLimits.RATIO_FLOOR_BYTES
                    && entry.size() > (long) limits.maxRatio() * Math.max(1, entry.compressedSize())) {
                throw new PackageRefused(PackageProblem.TOO_INFLATED, entry.name(),
                        ratio(entry.size(), entry.compressedSize()),
                        String.valueOf(limits.maxRatio()));
            }
            total += entry.size();
            compressedTotal += entry.compressedSize();
            if (total > limits.maxTotalBytes()) {
                throw new PackageRefused(PackageProblem.TOO_LARGE, String.valueOf(total),
                        String.valueOf(limits.maxTotalBytes()));
            }
            files.add(new InspectedPackage.PackageFile(path, entry.name(), entry.size()));
        }
        if (total >= PackageLimits.RATIO_FLOOR_BYTES && total > (long) limits.maxRatio() * Math.max(1, compressedTotal)) {
            throw new PackageRefused(PackageProblem.TOO_INFLATED, "*", ratio(total, compressedTotal),
                    String.valueOf(limits.maxRatio()));
        }
        return files;
    }

    /** Times over its compressed size, to a tenth: "2.9" says more than a rounded-down 2 next to a limit of 2. */
    private static String ratio(long size, long compressed) {
        return String.format(java.util.Locale.ROOT, "%.1f", (double) size / Math.max(1, compressed));
    }

    private static byte[] manifestBytes(PackageArchive archive, InspectedPackage.PackageFile manifest) {
        if (manifest.size() > MAX_MANIFEST_BYTES) {
            // No real manifest comes near this: refused as unreadable rather than read into memory.
            throw new PackageRefused(PackageProblem.MALFORMED_MANIFEST, MANIFEST + " > " + MAX_MANIFEST_BYTES + " B");
        }
        try (InputStream in = archive.open(manifest.entryName())) {
            return in.readNBytes(MAX_MANIFEST_BYTES);
        } catch (IOException e) {
            throw new PackageRefused(PackageProblem.MALFORMED_MANIFEST, String.valueOf(e.getMessage()), e);
        }
    }
}
