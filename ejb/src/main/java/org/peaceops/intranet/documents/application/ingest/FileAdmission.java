package org.peaceops.intranet.documents.application.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether an uploaded file may be kept, from its content rather than its name: the type Tika
 * detects must be an accepted one, and the name's extension must not claim another type (a PDF named
 * {@code .docx}, an executable named {@code .pdf}, an image posing as a web page), unless both are of one
 * {@link #FAMILIES family}. Returns the detected type, which replaces whatever the browser declared.
 * Subtypes of an accepted type are not accepted by themselves: {@code text/csv} is a kind of
 * {@code text/plain} to Tika, but a spreadsheet export is not a guidance document (and its formulas run
 * when opened in a spreadsheet), so only the types listed in {@code intranet.upload.allowed-types} pass.
 */
public final class FileAdmission {

    private static final String OOXML = "application/vnd.openxmlformats-officedocument.";

    private final ContentTypes detector;
    private final List<String> allowedTypes;

    public FileAdmission(ContentTypes detector, List<String> allowedTypes) {
        this.detector = detector;
        this.allowedTypes = List.copyOf(allowedTypes);
    }

    /** @throws UploadRejectedException with the reason when the file is refused */
    public String admit(Path content, long size, String fileName) throws IOException {
        if (size == 0) {
            throw new UploadRejectedException(UploadRejection.EMPTY, "The file " + fileName + " is empty.");
        }
        String detected = detector.detect(content, fileName);
        String extension = ContentTypes.extension(fileName);
        Optional<String> claimed = detector.typeByName(fileName);
        if (claimed.isPresent() && !detector.related(detected, claimed.get()) && !sameFamily(detected, claimed.get())) {
            throw new UploadRejectedException(UploadRejection.TYPE_MISMATCH, "The content of " + fileName + " is "
                    + detected + ", which a ." + extension + " file is not.", detected, extension);
        }
        if (allowedTypes.stream().noneMatch(allowed -> allowed.equals(detected))) {
            throw new UploadRejectedException(UploadRejection.TYPE_NOT_ALLOWED, "Files of type " + detected
                    + " are not accepted.", detected);
        }
        return detected;
    }

    /**
     * One kind of document under two registered types, where Tika's registry does not relate them: a web
     * page written as XHTML is still an {@code .html} page, and an Office template or slide show
     * (macro-free, like the document itself) may carry the document's extension. Macro-enabled
     * variants ({@code .docm}, {@code .xlsm}, {@code .pptm}) belong to no family here and stay refused.
     */
    static final List<Set<String>> FAMILIES = List.of(
            Set.of("text/html", "application/xhtml+xml"),
            Set.of(OOXML + "wordprocessingml.document", OOXML + "wordprocessingml.template"),
            Set.of(OOXML + "spreadsheetml.sheet", OOXML + "spreadsheetml.template"),
            Set.of(OOXML + "presentationml.presentation", OOXML + "presentationml.template",
                    OOXML + "presentationml.slideshow"));

    static boolean sameFamily(String detected, String claimed) {
        return FAMILIES.stream().anyMatch(family -> family.contains(detected) && family.contains(claimed));
    }
}
