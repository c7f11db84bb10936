package org.peaceops.intranet.documents.infrastructure.tika;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeType;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;
import org.peaceops.intranet.documents.application.ingest.ContentTypes;

/**
 * What a stored file really is. Tika's detector reads the content (magic bytes, and for ZIP and OLE
 * containers their inner structure: a DOCX is a ZIP with a Word part); the name is only a hint that
 * refines a generic answer. Thread-safe: Tika's detectors keep no state between calls.
 */
public final class TikaContentDetector implements ContentTypes {

    private final Detector detector;
    private final MimeTypes mimeTypes;
    private final MediaTypeRegistry registry;

    public TikaContentDetector() {
        TikaConfig config = TikaConfig.getDefaultConfig();
        this.detector = config.getDetector();
        this.mimeTypes = config.getMimeRepository();
        this.registry = config.getMediaTypeRegistry();
    }

    /** The media type of the file's content, without parameters, e.g. {@code application/pdf}. */
    public String detect(Path file, String fileName) throws IOException {
        Metadata metadata = new Metadata();
        if (fileName != null) {
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        }
        try (TikaInputStream in = TikaInputStream.get(file)) {
            return detector.detect(in, metadata).getBaseType().toString();
        }
    }

    /** The media type the name's extension stands for; empty when the name has no known extension. */
    public Optional<String> typeByName(String fileName) {
        if (extension(fileName).isEmpty()) {
            return Optional.empty();
        }
        MediaType byName = mimeTypes.getMimeType(fileName).getType();
        return MediaType.OCTET_STREAM.equals(byName) ? Optional.empty() : Optional.of(byName.getBaseType().toString());
    }

    /** Whether one type is the other or a specialisation of it (an XHTML file is also XML, a DOCX a ZIP). */
    public boolean related(String a, String b) {
        MediaType first = registry.normalize(MediaType.parse(a));
        MediaType second = registry.normalize(MediaType.parse(b));
        return first.equals(second) || registry.isInstanceOf(first, second) || registry.isInstanceOf(second, first);
    }

    /** The extensions Tika knows for a type, lower case without dot ({@code pdf}; {@code jpg}, {@code jpeg}). */
    public List<String> extensionsOf(String mediaType) {
        try {
            MimeType type = mimeTypes.forName(mediaType);
            return type.getExtensions().stream().map(e -> e.replaceFirst("^\\.", "").toLowerCase(Locale.ROOT)).toList();
        } catch (MimeTypeException e) {
            return List.of();
        }
    }

    /** The last extension of a name, lower case without dot; empty if there is none. */
    public static String extension(String fileName) {
        return ContentTypes.extension(fileName);
    }
}
