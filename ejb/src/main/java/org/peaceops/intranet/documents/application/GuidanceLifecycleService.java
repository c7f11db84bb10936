package org.peaceops.intranet.documents.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.peaceops.intranet.documents.domain.guidance.DocumentVersion;
import org.peaceops.intranet.documents.domain.guidance.FourEyesViolationException;
import org.peaceops.intranet.documents.domain.guidance.GuidanceDocument;
import org.peaceops.intranet.documents.domain.guidance.GuidanceDocumentRepository;
import org.peaceops.intranet.documents.domain.guidance.LifecycleTransition;
import org.peaceops.intranet.documents.domain.guidance.ReviewPolicy;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.shared.refusal.Refusal;

/**
 * Moving guidance through its lifecycle: submit, approve (four-eyes), promulgate, return to draft,
 * start review, withdraw, archive. The rules are the domain's; this service loads, asks the access
 * policy, applies the step and records it (audit, search outbox, events) in the same transaction.
 *
 * <p>The review period after approval is {@code intranet.guidance.review-months} (environment
 * {@code INTRANET_GUIDANCE_REVIEW_MONTHS}), 24 by default.
 */
@Stateless
@Interceptors(DomainRulesAsApplicationExceptions.class)
public class GuidanceLifecycleService {

    private static final Logger LOG = Logger.getLogger(GuidanceLifecycleService.class.getName());

    @Inject
    GuidanceDocumentRepository documents;

    @Inject
    GuidanceAccessPolicy policy;

    @Inject
    GuidanceChangeRecorder recorder;

    @Inject
    @ConfigProperty(name = "intranet.guidance.review-months", defaultValue = "24")
    int reviewMonths;

    Clock clock = Clock.systemUTC();

    public void submit(Caller actor, long documentId, int versionNumber, String comment) {
        apply(actor, documentId, GuidanceAction.SUBMIT,
                (document, at) -> document.submit(versionNumber, actor.subject(), at, comment));
    }

    /**
     * Four eyes is said as such to an author, or anyone else who changed the draft, who tries to approve
     * it (they may read it, so nothing leaks), rather than as a bare permission refusal.
     */
    public void approve(Caller actor, long documentId, int versionNumber, String comment) {
        ReviewPolicy review = ReviewPolicy.everyMonths(reviewMonths);
        documents.find(documentId).map(d -> d.version(versionNumber))
                .filter(v -> v.isEditedBy(actor.subject()))
                .ifPresent(own -> {
                    throw new FourEyesViolationException(own.label(), own.getAuthorSubject().equals(actor.subject()));
                });
        apply(actor, documentId, GuidanceAction.APPROVE,
                (document, at) -> document.approve(versionNumber, actor.subject(), at, comment, review));
    }

    /** @param effectiveDate the day it takes effect; {@code null} means today */
    public void promulgate(Caller actor, long documentId, int versionNumber, LocalDate effectiveDate) {
        apply(actor, documentId, GuidanceAction.PROMULGATE, (document, at) -> document.promulgate(versionNumber,
                actor.subject(), at, effectiveDate != null ? effectiveDate : LocalDate.ofInstant(at, ZoneOffset.UTC)));
    }

    public void returnToDraft(Caller actor, long documentId, int versionNumber, String reason) {
        apply(actor, documentId, GuidanceAction.RETURN_TO_DRAFT,
                (document, at) -> document.returnToDraft(versionNumber, actor.subject(), at, reason));
    }

    public void startReview(Caller actor, long documentId, int versionNumber) {
        apply(actor, documentId, GuidanceAction.START_REVIEW,
                (document, at) -> document.startReview(versionNumber, actor.subject(), at));
    }

    public void withdraw(Caller actor, long documentId, int versionNumber, String reason) {
        apply(actor, documentId, GuidanceAction.WITHDRAW,
                (document, at) -> document.withdraw(versionNumber, actor.subject(), at, reason));
    }

    public void archive(Caller actor, long documentId, int versionNumber, String comment) {
        apply(actor, documentId, GuidanceAction.ARCHIVE,
                (document, at) -> document.archive(versionNumber, actor.subject(), at, comment));
    }

    /**
     * Puts every promulgated version whose review date has come under review; called by the daily timer.
     * One refusal (a document changed meanwhile) is logged and does not stop the others.
     *
     * @return how many versions were put under review
     */
    public int startDueReviews() {
        Caller system = Caller.system();
        Instant now = clock.instant();
        int started = 0;
        for (GuidanceDocument document : documents.findDueForReview(LocalDate.ofInstant(now, ZoneOffset.UTC))) {
            DocumentVersion due = document.inForceVersion().orElse(null);
            if (due == null) {
                continue;
            }
            try {
                List<LifecycleTransition> steps = document.startReview(due.getNumber(), system.subject(), now);
                recorder.transitions(system, document, steps, now);
                started++;
            } catch (Refusal e) {
                LOG.warning(() -> "Not put under review: " + e.getMessage());
            }
        }
        return started;
    }

    private void apply(Caller actor, long documentId, GuidanceAction action, Step step) {
        GuidanceDocument document = documents.find(documentId).orElseThrow(() -> new GuidanceNotFoundException(documentId));
        policy.check(actor, action, document);
        Instant now = clock.instant();
        recorder.transitions(actor, document, step.apply(document, now), now);
    }

    /** One lifecycle step on a loaded document, at the given time. */
    @FunctionalInterface
    private interface Step {
        List<LifecycleTransition> apply(GuidanceDocument document, Instant at);
    }
}
