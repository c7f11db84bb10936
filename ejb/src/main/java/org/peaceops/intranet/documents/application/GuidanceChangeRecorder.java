package org.peaceops.intranet.documents.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.peaceops.intranet.documents.domain.LifecycleStatus;
import org.peaceops.intranet.documents.domain.audit.AuditEntry;
import org.peaceops.intranet.documents.domain.audit.AuditEntryRepository;
import org.peaceops.intranet.documents.domain.guidance.GuidanceDocument;
import org.peaceops.intranet.documents.domain.guidance.LifecycleTransition;
import org.peaceops.intranet.documents.domain.search.SearchChangeKind;
import org.peaceops.intranet.documents.domain.search.SearchOutbox;
import org.peaceops.intranet.documents.domain.search.SearchOutboxEntry;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.shared.audit.AuditAction;

/**
 * Writes what follows from every change to guidance, in the caller's transaction: an audit entry, a
 * search outbox row, and for promulgations and withdrawals the CDI events other contexts observe.
 * One place, so no service can change guidance and forget to tell the audit trail or the index.
 * Its methods are public because callers reach it through a CDI client proxy.
 */
@ApplicationScoped
public class GuidanceChangeRecorder {

    static final String TARGET_TYPE = "GUIDANCE_DOCUMENT";

    @Inject
    AuditEntryRepository audit;

    @Inject
    SearchOutbox outbox;

    @Inject
    Event<GuidancePromulgated> promulgated;

    @Inject
    Event<GuidanceWithdrawn> withdrawn;

    @Inject
    org.peaceops.intranet.documents.application.notification.WorkflowNotifications notifications;

    public void created(Caller actor, GuidanceDocument document, Instant at) {
        record(actor, document, at, AuditAction.DOCUMENT_CREATED,
                "Created " + document.label() + " with version 1 as draft", 1, SearchChangeKind.CREATED);
    }

    public void versionStarted(Caller actor, GuidanceDocument document, int number, Instant at) {
        record(actor, document, at, AuditAction.VERSION_CREATED, "Started version " + number + " as draft",
                number, SearchChangeKind.METADATA_CHANGED);
    }

    public void versionEdited(Caller actor, GuidanceDocument document, int number, Instant at) {
        record(actor, document, at, AuditAction.VERSION_EDITED, "Edited the metadata of version " + number,
                number, SearchChangeKind.METADATA_CHANGED);
    }

    public void fileAttached(Caller actor, GuidanceDocument document, int number, String fileName, String sha256, Instant at) {
        record(actor, document, at, AuditAction.FILE_ATTACHED, "Attached " + fileName + " (SHA-256 " + sha256
                + ") to version " + number, number, SearchChangeKind.CONTENT_CHANGED);
    }

    public void recatalogued(Caller actor, GuidanceDocument document, Instant at) {
        record(actor, document, at, AuditAction.DOCUMENT_RECATALOGUED, "Re-filed: office " + document.getOwningOffice()
                + ", mission " + document.getMission() + ", " + document.getClassification(), null,
                SearchChangeKind.METADATA_CHANGED);
    }

    /** A draft proposes to re-file its document; readers see the old filing until it is promulgated. */
    public void refilingProposed(Caller actor, GuidanceDocument document, int number,
            org.peaceops.intranet.documents.domain.guidance.Cataloguing proposal, Instant at) {
        record(actor, document, at, AuditAction.REFILING_PROPOSED, "Version " + number + " proposes re-filing: office "
                + proposal.owningOffice() + ", mission " + proposal.mission() + ", " + proposal.classification()
                + " (now " + document.getOwningOffice() + ", " + document.getMission() + ", " + document.getClassification()
                + "); effective at its promulgation", number, SearchChangeKind.METADATA_CHANGED);
    }

    /** A draft was thrown away; when it was all there was, the document went with it. */
    public void draftDiscarded(Caller actor, GuidanceDocument document, int number, String versionLabel, String author,
            String reason, boolean documentRemoved, Instant at) {
        record(actor, document, at, AuditAction.DRAFT_DISCARDED, "Discarded the draft " + versionLabel + " by " + author
                + (documentRemoved ? ", and the document, which had no other version" : "") + " (" + reason.strip() + ")",
                number, documentRemoved ? SearchChangeKind.DELETED : SearchChangeKind.STATUS_CHANGED);
    }

    public void related(Caller actor, GuidanceDocument document, Instant at) {
        record(actor, document, at, AuditAction.DOCUMENT_RECATALOGUED, "Related documents: "
                + document.getRelatedDocumentIds(), null, SearchChangeKind.METADATA_CHANGED);
    }

    public void transitions(Caller actor, GuidanceDocument document, List<LifecycleTransition> steps, Instant at) {
        for (LifecycleTransition step : steps) {
            int number = step.getVersion().getNumber();
            String detail = "Version " + number + ": " + step.getFrom().map(Enum::name).orElse("-") + " -> "
                    + step.getTo().name() + step.getComment().map(c -> " (" + c + ")").orElse("");
            record(actor, document, at, AuditAction.LIFECYCLE_TRANSITION, detail, number, SearchChangeKind.STATUS_CHANGED);
            if (step.getTo() == LifecycleStatus.PROMULGATED && step.getVersion().getProposedCataloguing().isPresent()) {
                record(actor, document, at, AuditAction.DOCUMENT_RECATALOGUED, "Re-filed with version " + number
                        + " in force: office " + document.getOwningOffice() + ", mission " + document.getMission() + ", "
                        + document.getClassification(), number, SearchChangeKind.METADATA_CHANGED);
            }
        }
        announce(document, steps);
        notifications.transitions(actor.subject(), document, steps, at);
    }

    private void announce(GuidanceDocument document, List<LifecycleTransition> steps) {
        Integer superseded = steps.stream().filter(s -> s.getTo() == LifecycleStatus.SUPERSEDED)
                .map(s -> s.getVersion().getNumber()).findFirst().orElse(null);
        for (LifecycleTransition step : steps) {
            if (step.getTo() == LifecycleStatus.PROMULGATED) {
                promulgated.fire(new GuidancePromulgated(document.getId(), step.getVersion().getNumber(), superseded,
                        step.getVersion().getEffectiveDate().orElse(null)));
            } else if (step.getTo() == LifecycleStatus.WITHDRAWN) {
                withdrawn.fire(new GuidanceWithdrawn(document.getId(), step.getVersion().getNumber()));
            }
        }
    }

    private void record(Caller actor, GuidanceDocument document, Instant at, AuditAction action, String detail,
            Integer versionNumber, SearchChangeKind kind) {
        audit.record(new AuditEntry(at, actor.subject(), action, TARGET_TYPE, String.valueOf(document.getId()), detail));
        outbox.enqueue(new SearchOutboxEntry(document.getId(), versionNumber, kind, at));
    }
}
