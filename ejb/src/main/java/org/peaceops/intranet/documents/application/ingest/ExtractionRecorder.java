package org.peaceops.intranet.documents.application.ingest;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.peaceops.intranet.documents.domain.audit.AuditEntry;
import org.peaceops.intranet.documents.domain.audit.AuditEntryRepository;
import org.peaceops.intranet.documents.domain.extraction.ContentExtraction;
import org.peaceops.intranet.documents.domain.extraction.ContentExtractionRepository;
import org.peaceops.intranet.documents.domain.extraction.ExtractionOutcome;
import org.peaceops.intranet.documents.domain.guidance.DocumentVersion;
import org.peaceops.intranet.documents.domain.guidance.GuidanceDocumentRepository;
import org.peaceops.intranet.documents.domain.search.SearchChangeKind;
import org.peaceops.intranet.documents.domain.search.SearchOutbox;
import org.peaceops.intranet.documents.domain.search.SearchOutboxEntry;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.shared.audit.AuditAction;

/**
 * The database side of ingest, each step in its own short transaction (the slow work around it holds
 * none): asking for an extraction, a worker starting on it, its result with the search outbox rows that
 * bring the text into the index, and refused uploads in the audit trail.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ExtractionRecorder {

    static final String CONTENT_TARGET = "content";
    static final String UPLOAD_TARGET = "upload";

    @Inject
    ContentExtractionRepository extractions;

    @Inject
    GuidanceDocumentRepository documents;

    @Inject
    SearchOutbox outbox;

    @Inject
    AuditEntryRepository audit;

    Clock clock = Clock.systemUTC();

    /** @return true if the content needs extracting (first time, or still pending after a restart) */
    public boolean request(String contentSha256, String detectedType) {
        Optional<ContentExtraction> known = extractions.find(contentSha256);
        if (known.isPresent()) {
            return !known.get().getStatus().finished();
        }
        extractions.add(new ContentExtraction(contentSha256, detectedType, clock.instant()));
        return true;
    }

    /** A worker's start: which attempt this is (a file that crashed the server comes back) and the detected type. */
    public record Start(int attempt, String detectedType) {
    }

    /** @return empty when there is no such request (any more) */
    public java.util.Optional<Start> start(String contentSha256) {
        return extractions.find(contentSha256).map(e -> {
            e.started();
            return new Start(e.getAttempts(), e.getDetectedType().orElse(null));
        });
    }

    public void finish(String contentSha256, ExtractionOutcome outcome) {
        ContentExtraction extraction = extractions.find(contentSha256).orElse(null);
        if (extraction == null) {
            return;
        }
        Instant now = clock.instant();
        extraction.finish(outcome, now);
        for (DocumentVersion version : documents.findVersionsWithContent(contentSha256)) {
            outbox.enqueue(new SearchOutboxEntry(version.getDocument().getId(), version.getNumber(),
                    SearchChangeKind.CONTENT_CHANGED, now));
        }
        audit.record(new AuditEntry(now, Caller.SYSTEM_SUBJECT, AuditAction.TEXT_EXTRACTION_FINISHED, CONTENT_TARGET,
                contentSha256, outcome.status() + outcome.reason().map(r -> " " + r).orElse("")
                        + " (" + outcome.textChars() + " characters)" + outcome.detail().map(d -> ": " + d).orElse("")));
    }

    public void rejected(Caller actor, String fileName, UploadRejectedException rejection) {
        audit.record(new AuditEntry(clock.instant(), actor.subject(), AuditAction.UPLOAD_REJECTED, UPLOAD_TARGET,
                clip(fileName), rejection.reason() + ": " + rejection.getMessage()));
    }

    private static String clip(String name) {
        String clean = name == null ? "" : name.replaceAll("\\p{Cntrl}", "");
        return clean.length() > 100 ? clean.substring(clean.length() - 100) : clean;
    }
}
