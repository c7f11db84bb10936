package org.peaceops.intranet.training.scorm.domain;

import java.util.List;
import java.util.Set;

/**
 * What a package's manifest says, once checked: the edition, the package's identifier and version
 * attribute, the title of its organization, the items it launches in order, and every file it names.
 */
public record PackageManifest(ScormVersion version, String identifier, String packageVersion, String title,
        List<Sco> items, Set<PackagePath> namedFiles) {

    public PackageManifest {
        items = List.copyOf(items);
        namedFiles = Set.copyOf(namedFiles);
    }

    /** The items that talk to the run-time API. */
    public List<Sco> scos() {
        return items.stream().filter(Sco::sco).toList();
    }
}
