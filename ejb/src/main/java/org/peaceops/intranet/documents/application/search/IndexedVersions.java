package org.peaceops.intranet.documents.application.search;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.peaceops.intranet.documents.application.ExtractedTexts;
import org.peaceops.intranet.documents.domain.guidance.DocumentVersion;
import org.peaceops.intranet.documents.domain.guidance.GuidanceDocument;
import org.peaceops.intranet.documents.domain.guidance.ThematicArea;
import org.peaceops.intranet.documents.domain.guidance.VersionMetadata;

/** Every version of a document as the index takes it; the body is opened lazily, when indexed. */
final class IndexedVersions {

    private IndexedVersions() {
    }

    static List<IndexedVersion> of(GuidanceDocument d, ExtractedTexts texts, DownloadCounts downloads) {
        long count = downloads.of(d.getId());
        DocumentVersion current = d.currentVersion();
        return d.getVersions().stream().map(v -> of(d, v, current, texts, count)).toList();
    }

    private static IndexedVersion of(GuidanceDocument d, DocumentVersion v, DocumentVersion current, ExtractedTexts texts,
            long downloads) {
        VersionMetadata m = v.getMetadata();
        Optional<String> sha = v.getFile().map(f -> f.getSha256());
        return IndexedVersion.builder()
                .document(d.getId(), v.getNumber(), v.isCurrent())
                .access(d.getClassification().name(), d.getMission().getValue(), v.getStatus().name(), v.getAuthorSubject())
                .documentAccess(current.getStatus().name(), current.getAuthorSubject())
                .catalogue(d.getType().getCode(), d.getReferenceNumber().getValue(),
                        d.getThematicAreas().stream().map(ThematicArea::getCode).collect(Collectors.toSet()))
                .titles(m.titleEn().orElse(null), m.titleFr().orElse(null))
                .summaries(m.summaryEn().orElse(null), m.summaryFr().orElse(null))
                .languages(m.languages()).keywords(m.keywords())
                .dates(v.getEffectiveDate().orElse(null), v.getCreatedAt().atZone(ZoneOffset.UTC).toLocalDate())
                .downloads(downloads)
                .body(sha.isEmpty() ? IndexedVersion.BodyText.none() : () -> texts.open(sha.get()))
                .build();
    }
}
