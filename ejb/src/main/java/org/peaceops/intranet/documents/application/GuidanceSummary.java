package org.peaceops.intranet.documents.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.peaceops.intranet.documents.domain.LifecycleStatus;
import org.peaceops.intranet.documents.domain.guidance.DocumentVersion;
import org.peaceops.intranet.documents.domain.guidance.GuidanceDocument;
import org.peaceops.intranet.documents.domain.guidance.ThematicArea;
import org.peaceops.intranet.documents.domain.guidance.VersionMetadata;
import org.peaceops.intranet.shared.BilingualText;
import org.peaceops.intranet.shared.Classification;

/** One row of the library: a document as its current version presents it. */
public class GuidanceSummary implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long documentId;
    private final String typeCode;
    private final String referenceNumber;
    private final String missionCode;
    private final Classification classification;
    private final List<String> themeCodes;
    private final int versionNumber;
    private final LifecycleStatus status;
    private final String titleEn;
    private final String titleFr;
    private final List<String> languages;
    private final LocalDate effectiveDate;
    private final LocalDate reviewDate;

    GuidanceSummary(DocumentVersion v) {
        GuidanceDocument d = v.getDocument();
        VersionMetadata m = v.getMetadata();
        this.documentId = d.getId();
        this.typeCode = d.getType().getCode();
        this.referenceNumber = d.getReferenceNumber().getValue();
        this.missionCode = d.getMission().getValue();
        this.classification = d.getClassification();
        this.themeCodes = d.getThematicAreas().stream().map(ThematicArea::getCode).sorted().toList();
        this.versionNumber = v.getNumber();
        this.status = v.getStatus();
        this.titleEn = m.titleEn().orElse(null);
        this.titleFr = m.titleFr().orElse(null);
        this.languages = List.copyOf(m.languages());
        this.effectiveDate = v.getEffectiveDate().orElse(null);
        this.reviewDate = v.getReviewDate().orElse(null);
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

    public String getMissionCode() {
        return missionCode;
    }

    public Classification getClassification() {
        return classification;
    }

    public List<String> getThemeCodes() {
        return themeCodes;
    }

    public int getVersionNumber() {
        return versionNumber;
    }

    public LifecycleStatus getStatus() {
        return status;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public String getTitleFr() {
        return titleFr;
    }

    /**
     * The English title, or the French one when there is no English title: one order for sorting and the
     * API, whoever reads. Pages show {@link #titleIn(Locale)}.
     */
    public String getTitle() {
        return titleEn != null ? titleEn : titleFr;
    }

    /** The title in the reader's language, or in the other one when it has none. */
    public String titleIn(Locale reader) {
        return BilingualText.of(titleEn, titleFr).in(reader);
    }

    public List<String> getLanguages() {
        return languages;
    }

    public LocalDate getEffectiveDate() {
        return effectiveDate;
    }

    public LocalDate getReviewDate() {
        return reviewDate;
    }
}
