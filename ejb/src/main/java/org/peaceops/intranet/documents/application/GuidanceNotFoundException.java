package org.peaceops.intranet.documents.application;

import org.peaceops.intranet.shared.refusal.NotFound;

/** No guidance document has the id asked for (or it is not visible: the caller cannot tell which). */
public class GuidanceNotFoundException extends NotFound {

    private static final long serialVersionUID = 1L;

    public GuidanceNotFoundException(long documentId) {
        super("document.missing.text", "No guidance document " + documentId + ".");
    }
}
