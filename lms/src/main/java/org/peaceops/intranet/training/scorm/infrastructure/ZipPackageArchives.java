package org.peaceops.intranet.training.scorm.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import org.peaceops.intranet.training.scorm.application.PackageArchives;
import org.peaceops.intranet.training.scorm.domain.PackageArchive;

@ApplicationScoped
public class ZipPackageArchives implements PackageArchives {

    @Override
    public PackageArchive open(Path zip) {
        return ZipPackageArchive.open(zip);
    }
}
