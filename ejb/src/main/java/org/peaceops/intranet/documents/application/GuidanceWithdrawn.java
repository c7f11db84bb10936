package org.peaceops.intranet.documents.application;

import java.io.Serializable;

/** CDI event: a version in force was withdrawn; no version of the document is in force any more. */
public class GuidanceWithdrawn implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long documentId;
    private final int versionNumber;

    public GuidanceWithdrawn(long documentId, int versionNumber) {
        this.documentId = documentId;
        this.versionNumber = versionNumber;
    }

    public long getDocumentId() {
        return documentId;
    }

    public int getVersionNumber() {
        return versionNumber;
    }
}
