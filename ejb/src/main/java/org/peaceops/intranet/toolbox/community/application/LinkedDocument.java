package org.peaceops.intranet.toolbox.community.application;

import java.io.Serializable;

/** A guidance document a question links to, or a picker's choice: one the reader may read. */
public record LinkedDocument(long documentId, String referenceNumber, String title) implements Serializable {
}
