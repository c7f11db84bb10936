package org.peaceops.intranet.training.scorm.application;

import java.nio.file.Path;
import org.peaceops.intranet.training.scorm.domain.PackageArchive;

/** Opens a package zip for the checks and the unpacking (a zip library, in infrastructure). */
public interface PackageArchives {

    /** @throws org.peaceops.intranet.training.scorm.domain.PackageRefused if the file is not a zip */
    PackageArchive open(Path zip);
}
