package org.peaceops.intranet.identity.application.directory;

import java.io.Serializable;

/** A mission or category group: its path, its code (the {@code mission} attribute or the name) and size. */
public record DirectoryGroup(String id, String path, String code, String name, int members) implements Serializable {
}
