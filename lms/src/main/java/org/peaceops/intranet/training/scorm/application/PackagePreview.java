package org.peaceops.intranet.training.scorm.application;

import java.util.List;
import org.peaceops.intranet.training.scorm.domain.ScormLessonVersion;
import org.peaceops.intranet.training.scorm.domain.ScormPackage;

/**
 * What a trainer is shown of a lesson's package version before (and after) publishing it: the manifest's
 * title, edition, identifier and version, its SCOs with their mastery scores, its size, and whether the
 * same package was already kept (its files then shared, not stored again).
 */
public record PackagePreview(long lessonId, long lessonVersionId, int versionNumber, long packageId, String title,
        String edition, String manifestIdentifier, String packageVersion, List<ItemView> items, int fileCount,
        long totalBytes, boolean published, boolean sharedWithEarlierImport) implements java.io.Serializable {

    static PackagePreview of(ScormLessonVersion v, boolean shared) {
        ScormPackage p = v.getPackage();
        return new PackagePreview(v.getLessonId(), v.getId(), v.getVersionNumber(), p.getId(), p.getTitle(),
                p.getScormVersion().label(), p.getManifestIdentifier(), p.getPackageVersion(),
                p.items().stream().map(ItemView::of).toList(), p.getFiles().size(), p.getTotalBytes(),
                v.isPublished(), shared);
    }
}
