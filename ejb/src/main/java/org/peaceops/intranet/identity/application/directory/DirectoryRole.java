package org.peaceops.intranet.identity.application.directory;

import java.io.Serializable;
import java.util.List;

/** A realm role, the roles it includes, and how many accounts hold it directly. */
public record DirectoryRole(String name, String description, List<String> composites, int members)
        implements Serializable {
}
