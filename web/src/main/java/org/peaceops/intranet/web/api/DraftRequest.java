package org.peaceops.intranet.web.api;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code POST /api/v1/documents}: a new document's filing and its first version's metadata,
 * as sent (strings; the drafting service judges them). A list left out is an empty list.
 */
@Schema(description = "A new document: version 1 starts as the caller's draft")
public record DraftRequest(
        @Schema(required = true, example = "SOP") String type,
        @Schema(required = true, example = "2026.01") String referenceNumber,
        String titleEn,
        String titleFr,
        String summaryEn,
        String summaryFr,
        List<String> languages,
        List<String> keywords,
        @Schema(description = "ISO date; the default is approval plus the review period") String reviewDate,
        @Schema(required = true) String owningOffice,
        @Schema(required = true, example = "UNMISS") String mission,
        @Schema(required = true, example = "INTERNAL") String classification,
        @Schema(required = true, example = "[\"GENDER\"]") List<String> themes) {

    public DraftRequest {
        languages = languages == null ? List.of() : languages;
        keywords = keywords == null ? List.of() : keywords;
        themes = themes == null ? List.of() : themes;
    }

    LocalDate reviewDateValue() {
        return ApiInputException.date("reviewDate", reviewDate);
    }
}
