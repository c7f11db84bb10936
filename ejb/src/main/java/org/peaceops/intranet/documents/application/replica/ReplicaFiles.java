package org.peaceops.intranet.documents.application.replica;

import java.nio.file.Path;
import java.util.Optional;

/** The files headquarters sends its mission nodes, by content SHA-256 (a port: the stores, in infrastructure). */
public interface ReplicaFiles {

    /** A content's file itself (its name is its SHA-256), or its extracted text (gzip'ed, named by the content). */
    enum Kind {
        BLOB, TEXT
    }

    /** The file, when it is held here; empty for anything else (a malformed SHA-256 included). */
    Optional<Path> file(Kind kind, String sha256);
}
