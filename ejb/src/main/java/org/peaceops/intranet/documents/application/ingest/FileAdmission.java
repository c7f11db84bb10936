package org.peaceops.intranet.documents.application.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.peaceops.intranet.documents.infrastructure.tika.TikaContentDetector;

/**
 * Decides whether an uploaded file may be kept, from its content rather than its name: the type Tika
 * detects must be an accepted one, and the name's extension must not claim another type (a PDF named
 * {@code .docx}, an executable named {@code .pdf}, an image posing as a web page). Returns the detected
 * type, which replaces whatever the browser declared.
 */
public final class FileAdmission {

    private final TikaContentDetector detector;
    private final List<String> allowedTypes;

    public FileAdmission(TikaContentDetector detector, List<String> allowedTypes) {
        this.detector = detector;
        this.allowedTypes = List.copyOf(allowedTypes);
    }

    /** @throws UploadRejectedException with the reason when the file is refused */
    public String admit(Path content, long size, String fileName) throws IOException {
        if (size == 0) {
            throw new UploadRejectedException(UploadRejection.EMPTY, "The file " + fileName + " is empty.");
        }
        String detected = detector.detect(content, fileName);
        String extension = TikaContentDetector.extension(fileName);
        Optional<String> claimed = detector.typeByName(fileName);
        if (claimed.isPresent() && !detector.related(detected, claimed.get())) {
            throw new UploadRejectedException(UploadRejection.TYPE_MISMATCH, "The content of " + fileName + " is "
                    + detected + ", which a ." + extension + " file is not.", detected, extension);
        }
        if (allowedTypes.stream().noneMatch(allowed -> allowed.equals(detected))) {
            throw new UploadRejectedException(UploadRejection.TYPE_NOT_ALLOWED, "Files of type " + detected
                    + " are not accepted.", detected);
        }
        return detected;
    }
}
