package org.peaceops.intranet.documents.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import org.peaceops.intranet.documents.domain.LifecycleStatus;
import org.peaceops.intranet.documents.domain.guidance.DocumentVersion;
import org.peaceops.intranet.documents.domain.guidance.GuidanceDocument;
import org.peaceops.intranet.documents.domain.guidance.ThematicArea;
import org.peaceops.intranet.shared.Classification;

/**
 * A document with the versions one reader may read and their history, oldest version first: the document
 * page and the API. Versions the reader may not read (a draft in preparation inside published guidance)
 * are left out entirely, title, file name, hash and return-to-draft reasons included: the access policy
 * judges each version, not only the one in force.
 */
public class GuidanceDetail implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long documentId;
    private final String typeCode;
    private final String referenceNumber;
    private final String owningOffice;
    private final String missionCode;
    private final Classification classification;
    private final List<String> themeCodes;
    private final String createdBy;
    private final Instant createdAt;
    private final Instant updatedAt;
    private final int currentVersionNumber;
    private final LifecycleStatus currentStatus;
    private final Integer openVersionNumber;
    private final List<VersionDetail> versions;
    private final List<Long> relatedDocumentIds;

    /** @param readable the access policy's answer for each version, for the reader this detail is made for */
    GuidanceDetail(GuidanceDocument d, Predicate<DocumentVersion> readable) {
        this.documentId = d.getId();
        this.typeCode = d.getType().getCode();
        this.referenceNumber = d.getReferenceNumber().getValue();
        this.owningOffice = d.getOwningOffice();
        this.missionCode = d.getMission().getValue();
        this.classification = d.getClassification();
        this.themeCodes = d.getThematicAreas().stream().map(ThematicArea::getCode).sorted().toList();
        this.createdBy = d.getCreatedBy();
        this.createdAt = d.getCreatedAt();
        this.updatedAt = d.getUpdatedAt();
        this.currentVersionNumber = d.currentVersion().getNumber();
        this.currentStatus = d.currentStatus();
        this.openVersionNumber = d.openVersion().filter(readable).map(v -> v.getNumber()).orElse(null);
        this.versions = d.getVersions().stream().filter(readable).map(VersionDetail::new).toList();
        this.relatedDocumentIds = List.copyOf(d.getRelatedDocumentIds());
    }

    public long getDocumentId() {
        return documentId;
    }

    public String getTypeCode() {
        return typeCode;
    }

    public String getReferenceNumber() {
        return referenceNumber;
    }

    public String getOwningOffice() {
        return owningOffice;
    }

    public String getMissionCode() {
        return missionCode;
    }

    public Classification getClassification() {
        return classification;
    }

    public List<String> getThemeCodes() {
        return themeCodes;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    /** The version in force, or else the newest: the one the page shows first. */
    public int getCurrentVersionNumber() {
        return currentVersionNumber;
    }

    public LifecycleStatus getCurrentStatus() {
        return currentStatus;
    }

    /**
     * The version being drafted, validated or approved, or {@code null} when there is none or the reader
     * may not read it.
     */
    public Integer getOpenVersionNumber() {
        return openVersionNumber;
    }

    /** Ids of the documents this one points to; the reader may not be able to open all of them. */
    public List<Long> getRelatedDocumentIds() {
        return relatedDocumentIds;
    }

    /** The versions the reader may read, oldest first. */
    public List<VersionDetail> getVersions() {
        return versions;
    }

    /**
     * The newest readable version before {@code number}, to compare with; {@code null} when there is none.
     * Not simply {@code number - 1}: that one may be hidden from this reader.
     */
    public Integer previousVersion(int number) {
        return versions.stream().map(VersionDetail::getNumber).filter(n -> n < number)
                .reduce((a, b) -> b).orElse(null);
    }
}
