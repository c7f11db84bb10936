package org.peaceops.intranet.web.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/v1/documents/{id}/transitions}. */
@Schema(description = "A lifecycle step to take on a document")
public record TransitionRequest(
        @Schema(required = true, description = "SUBMIT, APPROVE, RETURN_TO_DRAFT, PROMULGATE, WITHDRAW, ARCHIVE or REVISE")
        String action,
        @Schema(description = "Required to return to draft or withdraw; optional otherwise")
        String comment,
        @Schema(description = "PROMULGATE only: ISO date it takes effect; today when absent", example = "2026-01-01")
        String effectiveDate) {
}
