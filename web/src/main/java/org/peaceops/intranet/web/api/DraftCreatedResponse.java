package org.peaceops.intranet.web.api;

/** The answer to {@code POST /api/v1/documents}: the new document, its version 1 the caller's draft. */
public record DraftCreatedResponse(long documentId, int version) {
}
