package org.peaceops.intranet.training.scorm.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A SCORM package as kept, once per content (the SHA-256 of its zip): what its manifest said, and where
 * each of its files is in the content store. Never changed after import: a new version of the course
 * material is another package, which a lesson can take on while earlier attempts keep this one.
 */
@Entity
@Table(name = "scorm_package", schema = "training")
public class ScormPackage {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "scorm_package_seq")
    @SequenceGenerator(name = "scorm_package_seq", sequenceName = "training.scorm_seq", allocationSize = 50)
    private Long id;

    @Column(name = "sha256", nullable = false, length = 64, updatable = false)
    private String sha256;

    @Enumerated(EnumType.STRING)
    @Column(name = "scorm_version", nullable = false, length = 20, updatable = false)
    private ScormVersion scormVersion;

    @Column(name = "manifest_identifier", nullable = false, length = 255, updatable = false)
    private String manifestIdentifier;

    @Column(name = "package_version", nullable = false, length = 100, updatable = false)
    private String packageVersion;

    @Column(name = "title", nullable = false, length = 500, updatable = false)
    private String title;

    @Column(name = "total_bytes", nullable = false, updatable = false)
    private long totalBytes;

    @Column(name = "imported_by", nullable = false, length = 255, updatable = false)
    private String importedBy;

    @Column(name = "imported_at", nullable = false, updatable = false)
    private LocalDateTime importedAt;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "scorm_package_file", schema = "training", joinColumns = @JoinColumn(name = "package_id"))
    private List<StoredFile> files = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "scorm_package_item", schema = "training", joinColumns = @JoinColumn(name = "package_id"))
    @OrderColumn(name = "position")
    private List<PackageItem> items = new ArrayList<>();

    protected ScormPackage() {
        // for JPA
    }

    /**
     * The package {@code inspected} with the blob of each of its files ({@code blobs}: path to SHA-256);
     * every file of the package must have its blob.
     */
    public ScormPackage(String sha256, InspectedPackage inspected, Map<PackagePath, String> blobs, String by,
            Instant at) {
        this.sha256 = Objects.requireNonNull(sha256);
        PackageManifest manifest = inspected.manifest();
        this.scormVersion = manifest.version();
        this.manifestIdentifier = clip(manifest.identifier(), 255);
        this.packageVersion = clip(manifest.packageVersion(), 100);
        this.title = clip(manifest.title(), 500);
        this.totalBytes = inspected.totalBytes();
        this.importedBy = Objects.requireNonNull(by);
        this.importedAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
        for (InspectedPackage.PackageFile f : inspected.files()) {
            String blob = blobs.get(f.path());
            if (blob == null) {
                throw new IllegalArgumentException("No blob for " + f.path());
            }
            files.add(new StoredFile(f.path(), blob, f.size()));
        }
        manifest.items().forEach(i -> items.add(new PackageItem(i)));
    }

    private static String clip(String s, int max) {
        String v = s == null ? "" : s.strip();
        return v.length() <= max ? v : v.substring(0, max);
    }

    /** The file at {@code path}, if the package has it. */
    public Optional<StoredFile> file(PackagePath path) {
        return files.stream().filter(f -> f.getPath().equals(path)).findFirst();
    }

    public Optional<Sco> item(String identifier) {
        return items().stream().filter(s -> s.identifier().equals(identifier)).findFirst();
    }

    public List<Sco> items() {
        return items.stream().map(PackageItem::toSco).toList();
    }

    public Long getId() {
        return id;
    }

    public String getSha256() {
        return sha256;
    }

    public ScormVersion getScormVersion() {
        return scormVersion;
    }

    public String getManifestIdentifier() {
        return manifestIdentifier;
    }

    public String getPackageVersion() {
        return packageVersion;
    }

    public String getTitle() {
        return title;
    }

    public long getTotalBytes() {
        return totalBytes;
    }

    public String getImportedBy() {
        return importedBy;
    }

    public Instant getImportedAt() {
        return importedAt.toInstant(ZoneOffset.UTC);
    }

    public List<StoredFile> getFiles() {
        return List.copyOf(files);
    }
}
