package org.peaceops.intranet.web.api;

import org.peaceops.intranet.documents.application.VersionDetail;
import org.peaceops.intranet.documents.application.ingest.ExtractionSummary;
import org.peaceops.intranet.documents.domain.LifecycleStatus;

/**
 * {@code GET /api/v1/documents/{id}/versions/{n}}: one version, its file and the state of its text
 * ({@code text} absent while the version has no file).
 */
public record VersionResponse(long documentId, int number, LifecycleStatus status, String titleEn, String titleFr,
        String fileName, String mediaType, Long size, String sha256, Text text) {

    /**
     * The extraction of a file: PENDING until the worker has recorded an outcome, then its status, the
     * reason and detail of a refusal, the characters kept and, when the text was cut, the limit it hit.
     */
    public record Text(String status, String reason, String detail, Long characters, Boolean truncated, Limit limit,
            String language, Integer pageCount) {

        static final Text PENDING = new Text("PENDING", null, null, null, null, null, null, null);

        static Text of(ExtractionSummary e) {
            if (e == null) {
                return PENDING;
            }
            return new Text(e.getStatus(), e.getReason(), e.getDetail(), e.getTextChars(), e.isTruncated(),
                    e.isTruncated() ? new Limit(e.getLimitSetting(), e.getTextChars()) : null, e.getLanguage(),
                    e.getPageCount());
        }
    }

    /** The extraction limit a truncated text ran into: the setting's name and the characters kept. */
    public record Limit(String setting, long characters) {
    }

    static VersionResponse of(long documentId, VersionDetail v, ExtractionSummary extraction) {
        return new VersionResponse(documentId, v.getNumber(), v.getStatus(), v.getTitleEn(), v.getTitleFr(),
                v.getFileName(), v.getMediaType(), v.getContentSize(), v.getContentSha256(),
                v.getContentSha256() == null ? null : Text.of(extraction));
    }
}
