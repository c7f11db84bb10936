package org.peaceops.intranet.web.api;

/** The answer to {@code DELETE .../versions/{version}}: whether the document went with its only draft. */
public record DraftDiscardedResponse(long documentId, int version, boolean documentRemoved) {
}
