package org.peaceops.intranet.documents.application;

import jakarta.ejb.ApplicationException;

/** No guidance document has the id asked for (or it is not visible: the caller cannot tell which). */
@ApplicationException(rollback = true)
public class GuidanceNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public GuidanceNotFoundException(long documentId) {
        super("No guidance document " + documentId + ".");
    }
}
