package org.peaceops.intranet.documents.application.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a file really is, from its bytes, and what its name claims (a port: detection is Apache Tika's,
 * in infrastructure). Media types are written as {@code type/subtype}.
 */
public interface ContentTypes {

    /** The media type the content shows (the name only breaks a tie). */
    String detect(Path file, String fileName) throws IOException;

    /** The media type the name's extension stands for, if the registry knows it. */
    Optional<String> typeByName(String fileName);

    /** Whether one type is the other or a kind of it (a subtype, an alias). */
    boolean related(String a, String b);

    /** The extensions registered for a media type, the usual one first. */
    List<String> extensionsOf(String mediaType);

    /** The last extension of a name, lower case without dot; empty if there is none. */
    static String extension(String fileName) {
        if (fileName == null) {
            return "";
        }
        int dot = fileName.lastIndexOf('.');
        int slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
        return dot > slash + 1 && dot < fileName.length() - 1 ? fileName.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }
}
