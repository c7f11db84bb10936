package org.peaceops.intranet.web.api;

import java.time.LocalDate;
import java.util.List;
import org.peaceops.intranet.documents.application.GuidanceDetail;
import org.peaceops.intranet.documents.application.VersionDetail;
import org.peaceops.intranet.documents.domain.LifecycleStatus;
import org.peaceops.intranet.shared.Classification;

/** {@code GET /api/v1/documents/{id}/metadata}: the catalogue entry and the current version's metadata. */
public record DocumentMetadataResponse(long documentId, String type, String referenceNumber, String owningOffice,
        String mission, Classification classification, List<String> themes, int version, LifecycleStatus status,
        String titleEn, String titleFr, String summaryEn, String summaryFr, List<String> languages,
        List<String> keywords, LocalDate effectiveDate, LocalDate reviewDate) {

    static DocumentMetadataResponse of(GuidanceDetail d, VersionDetail v) {
        return new DocumentMetadataResponse(d.getDocumentId(), d.getTypeCode(), d.getReferenceNumber(),
                d.getOwningOffice(), d.getMissionCode(), d.getClassification(), d.getThemeCodes(), v.getNumber(),
                v.getStatus(), v.getTitleEn(), v.getTitleFr(), v.getSummaryEn(), v.getSummaryFr(), v.getLanguages(),
                v.getKeywords(), v.getInForceFrom(), v.getReviewDate());
    }
}
