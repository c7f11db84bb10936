package org.peaceops.intranet.training.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/**
 * A course's reference to the guidance it teaches, pinned to one version (DOMAIN.md, Training): by
 * identifier across contexts, with the reference number and title copied for display, so a record
 * still reads right after the guidance moves on.
 */
@Embeddable
public class GuidanceCitation implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "document_id", nullable = false)
    private long documentId;

    @Column(name = "version_number", nullable = false)
    private int versionNumber;

    @Column(name = "reference_number", nullable = false, length = 60)
    private String referenceNumber;

    @Column(name = "title", nullable = false, length = 500)
    private String title;

    protected GuidanceCitation() {
        // for JPA
    }

    public GuidanceCitation(long documentId, int versionNumber, String referenceNumber, String title) {
        if (versionNumber < 1) {
            throw new IllegalArgumentException("A citation names a version: " + versionNumber);
        }
        this.documentId = documentId;
        this.versionNumber = versionNumber;
        this.referenceNumber = Objects.requireNonNull(referenceNumber, "referenceNumber");
        String t = Objects.requireNonNull(title, "title");
        this.title = t.length() > 500 ? t.substring(0, 500) : t;
    }

    /** An equal citation for another owner: JPA embeddables are never shared between two rows. */
    GuidanceCitation copy() {
        return new GuidanceCitation(documentId, versionNumber, referenceNumber, title);
    }

    /** True when this cites an earlier version of the given document. */
    public boolean citesOlderThan(long document, int version) {
        return documentId == document && versionNumber < version;
    }

    public long getDocumentId() {
        return documentId;
    }

    public int getVersionNumber() {
        return versionNumber;
    }

    public String getReferenceNumber() {
        return referenceNumber;
    }

    public String getTitle() {
        return title;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GuidanceCitation c && c.documentId == documentId && c.versionNumber == versionNumber;
    }

    @Override
    public int hashCode() {
        return Objects.hash(documentId, versionNumber);
    }

    @Override
    public String toString() {
        return referenceNumber + " v" + versionNumber;
    }
}
