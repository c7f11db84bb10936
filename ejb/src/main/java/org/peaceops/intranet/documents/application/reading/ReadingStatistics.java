package org.peaceops.intranet.documents.application.reading;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.peaceops.intranet.documents.application.GuidanceAccessPolicy;
import org.peaceops.intranet.documents.application.GuidanceAction;
import org.peaceops.intranet.documents.application.GuidanceNotFoundException;
import org.peaceops.intranet.documents.domain.guidance.DocumentVersion;
import org.peaceops.intranet.documents.domain.guidance.GuidanceDocument;
import org.peaceops.intranet.documents.domain.guidance.GuidanceDocumentRepository;
import org.peaceops.intranet.documents.domain.reading.ReadingCounts;
import org.peaceops.intranet.documents.domain.reading.ReadingFigures;
import org.peaceops.intranet.documents.domain.reading.ReadingKind;
import org.peaceops.intranet.documents.domain.reading.ReadingTotal;
import org.peaceops.intranet.shared.BilingualText;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.shared.refusal.AccessDenied;

/**
 * Views and downloads per document, per reader's mission, per month (DOMAIN.md: downloads "counted per
 * document"), and the "most read" list. Every figure goes through the access policy like the document
 * itself: nobody counts, or sees counted, a document they may not read. The system actor is not a reader.
 */
@Stateless
public class ReadingStatistics {

    /** The document page shows a year of counters. */
    static final int MONTHS_SHOWN = 12;
    /** "Most read" looks at this month and the two before. */
    static final int MOST_READ_MONTHS = 3;
    /** Candidates read per query while the list is trimmed by the policy, and how many queries at most. */
    static final int BATCH = 50;
    static final int MAX_BATCHES = 10;

    @Inject
    ReadingCounts counts;

    @Inject
    GuidanceDocumentRepository documents;

    @Inject
    GuidanceAccessPolicy policy;

    Clock clock = Clock.systemUTC();

    /** The reader opened the document's page. */
    public void viewed(Caller actor, long documentId) {
        count(actor, readable(actor, documentId).orElseThrow(() -> new GuidanceNotFoundException(documentId)),
                ReadingKind.VIEW);
    }

    /**
     * The reader downloaded a file of the document; called by the download service inside the transaction
     * that records the download in the audit trail, after it checked the access policy.
     */
    public void downloaded(Caller actor, GuidanceDocument document) {
        count(actor, document, ReadingKind.DOWNLOAD);
    }

    /** A year of the document's counters, for its page. */
    public ReadingFigures figures(Caller actor, long documentId) {
        readable(actor, documentId).orElseThrow(() -> new GuidanceNotFoundException(documentId));
        return ReadingFigures.of(counts.forDocument(documentId, thisMonth().minusMonths(MONTHS_SHOWN - 1L)));
    }

    /**
     * The documents read most over the last months, only those this reader may open. The counters know
     * nothing of classification, so candidates are checked with the access policy itself, a batch at a
     * time; what the reader may not open is skipped without a trace.
     */
    public List<MostReadDocument> mostRead(Caller actor, int max) {
        policy.check(actor, GuidanceAction.BROWSE, null);
        YearMonth since = thisMonth().minusMonths(MOST_READ_MONTHS - 1L);
        List<MostReadDocument> list = new ArrayList<>();
        for (int batch = 0; batch < MAX_BATCHES && list.size() < max; batch++) {
            List<ReadingTotal> candidates = counts.mostRead(since, batch * BATCH, BATCH);
            for (ReadingTotal total : candidates) {
                readable(actor, total.documentId()).filter(d -> list.size() < max)
                        .ifPresent(d -> list.add(line(d, total)));
            }
            if (candidates.size() < BATCH) {
                break;
            }
        }
        return list;
    }

    private static MostReadDocument line(GuidanceDocument document, ReadingTotal total) {
        DocumentVersion current = document.currentVersion();
        BilingualText titles = BilingualText.of(current.getMetadata().titleEn().orElse(null),
                current.getMetadata().titleFr().orElse(null));
        return new MostReadDocument(document.getId(), titles, document.getType().getCode(),
                document.getReferenceNumber().getValue(), total.views(), total.downloads());
    }

    private void count(Caller actor, GuidanceDocument document, ReadingKind kind) {
        if (actor.isSystem()) {
            return;
        }
        String mission = actor.person().orElseThrow(() -> new AccessDenied("workflow.denied", "No signed-in person")).mission();
        counts.add(document.getId(), mission, thisMonth(), kind);
    }

    private Optional<GuidanceDocument> readable(Caller actor, long documentId) {
        Optional<GuidanceDocument> document = documents.find(documentId);
        try {
            document.ifPresent(d -> policy.check(actor, GuidanceAction.READ, d));
            return document;
        } catch (AccessDenied denied) {
            return Optional.empty();
        }
    }

    private YearMonth thisMonth() {
        return YearMonth.now(clock.withZone(ZoneOffset.UTC));
    }
}
