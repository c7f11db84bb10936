package org.peaceops.intranet.toolbox.domain.recommendation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.util.Objects;

/**
 * The guidance a recommendation led to, by identifier across contexts (never a JPA relationship): a
 * guidance document and one of its versions. Courses follow from it: they cite guidance versions in the
 * training context, so "which courses teach what this lesson became" is asked there with this pair.
 */
@Embeddable
public class GuidanceLink implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How the link came about. */
    public enum Origin {
        /** A new draft was started from the recommendation, pre-filled with it. */
        DRAFTING_REQUEST,
        /** The recommendation was tied to guidance that already existed. */
        EXISTING_GUIDANCE
    }

    @Column(name = "guidance_document_id")
    private Long documentId;

    @Column(name = "guidance_version")
    private Integer versionNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "guidance_origin", length = 30)
    private Origin origin;

    protected GuidanceLink() {
        // for JPA
    }

    private GuidanceLink(long documentId, int versionNumber, Origin origin) {
        if (documentId <= 0 || versionNumber <= 0) {
            throw new IllegalArgumentException("Not a guidance version: " + documentId + " v" + versionNumber);
        }
        this.documentId = documentId;
        this.versionNumber = versionNumber;
        this.origin = origin;
    }

    /** The draft started from the recommendation: its document and first version. */
    public static GuidanceLink draftingRequest(long documentId, int versionNumber) {
        return new GuidanceLink(documentId, versionNumber, Origin.DRAFTING_REQUEST);
    }

    public static GuidanceLink existing(long documentId, int versionNumber) {
        return new GuidanceLink(documentId, versionNumber, Origin.EXISTING_GUIDANCE);
    }

    public long documentId() {
        return documentId;
    }

    public int versionNumber() {
        return versionNumber;
    }

    public Origin origin() {
        return origin;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GuidanceLink other && Objects.equals(documentId, other.documentId)
                && Objects.equals(versionNumber, other.versionNumber) && origin == other.origin;
    }

    @Override
    public int hashCode() {
        return Objects.hash(documentId, versionNumber, origin);
    }

    @Override
    public String toString() {
        return "guidance " + documentId + " v" + versionNumber + " (" + origin + ")";
    }
}
