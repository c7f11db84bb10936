package org.peaceops.intranet.documents.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.peaceops.intranet.documents.domain.DocumentType;
import org.peaceops.intranet.documents.domain.DocumentTypeRepository;
import org.peaceops.intranet.documents.domain.guidance.Cataloguing;
import org.peaceops.intranet.documents.domain.guidance.DocumentVersion;
import org.peaceops.intranet.documents.domain.guidance.FileReference;
import org.peaceops.intranet.documents.domain.guidance.GuidanceDocument;
import org.peaceops.intranet.documents.domain.guidance.GuidanceDocumentRepository;
import org.peaceops.intranet.documents.domain.guidance.GuidanceRuleException;
import org.peaceops.intranet.documents.domain.guidance.MissionCode;
import org.peaceops.intranet.documents.domain.guidance.ReferenceNumber;
import org.peaceops.intranet.documents.domain.guidance.ThematicArea;
import org.peaceops.intranet.documents.domain.guidance.ThematicAreaRepository;
import org.peaceops.intranet.documents.domain.guidance.VersionMetadata;
import org.peaceops.intranet.identity.domain.Mission;
import org.peaceops.intranet.identity.domain.MissionRepository;
import org.peaceops.intranet.identity.domain.MissionStatus;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.shared.refusal.AccessDenied;
import org.peaceops.intranet.shared.refusal.Conflict;

/**
 * Writing guidance: start a document, describe a draft, attach its file (through {@link GuidanceUpload}),
 * start a revision, re-file the document, discard a draft. Each step is audited and queued for the
 * search index. A document is filed only under a mission the intranet records (or HQ).
 */
@Stateless
@Interceptors(DomainRulesAsApplicationExceptions.class)
public class DraftGuidance {

    @Inject
    GuidanceDocumentRepository documents;

    @Inject
    DocumentTypeRepository types;

    @Inject
    ThematicAreaRepository themes;

    @Inject
    GuidanceAccessPolicy policy;

    @Inject
    GuidanceChangeRecorder recorder;

    @Inject
    MissionRepository missions;

    Clock clock = Clock.systemUTC();

    /** Starts a document with version 1 as a draft by the actor; returns the new document's id. */
    public long startDraft(Caller actor, String typeCode, String referenceNumber, CatalogueEntry catalogue,
            VersionMetadata metadata) {
        return startDraft(actor, typeCode, referenceNumber, catalogue, metadata, null);
    }

    /**
     * Starts a document with version 1 as a draft holding a file already stored durably (the upload page):
     * one transaction, so there is never a draft without the file the person just gave.
     */
    public long startDraft(Caller actor, String typeCode, String referenceNumber, CatalogueEntry catalogue,
            VersionMetadata metadata, FileReference file) {
        policy.check(actor, GuidanceAction.CREATE, null);
        DocumentType type = types.findByCode(typeCode).filter(DocumentType::isActive)
                .orElseThrow(() -> new GuidanceRuleException("guidance.type.unknown", "There is no document type " + typeCode + "."));
        ReferenceNumber reference = new ReferenceNumber(referenceNumber);
        if (documents.referenceTaken(type, reference)) {
            throw new Conflict("guidance.referenceNumber.taken", "Another " + type.getCode()
                    + " already has the reference number " + reference + ".");
        }
        Cataloguing filing = cataloguing(catalogue, null);
        policy.checkFiling(actor, filing.mission().getValue());
        Instant now = clock.instant();
        GuidanceDocument document = GuidanceDocument.draft(type, reference, filing, metadata, actor.subject(), now);
        documents.add(document);
        recorder.created(actor, document, now);
        if (file != null) {
            document.attach(1, file, actor.subject(), now);
            recorder.fileAttached(actor, document, 1, file.getOriginalFileName(), file.getSha256(), now);
        }
        return document.getId();
    }

    public void describe(Caller actor, long documentId, int versionNumber, VersionMetadata metadata) {
        GuidanceDocument document = load(documentId);
        policy.check(actor, GuidanceAction.EDIT_DRAFT, document);
        Instant now = clock.instant();
        document.describe(versionNumber, metadata, actor.subject(), now);
        recorder.versionEdited(actor, document, versionNumber, now);
    }

    /** Fails fast, before a large upload is streamed, if the version could not take a file anyway. */
    public void checkCanAttach(Caller actor, long documentId, int versionNumber) {
        GuidanceDocument document = load(documentId);
        policy.check(actor, GuidanceAction.EDIT_DRAFT, document);
        document.version(versionNumber).checkEditable();
    }

    /** Records a file already stored durably in the blob store as the content of a draft. */
    public void attachFile(Caller actor, long documentId, int versionNumber, FileReference file) {
        GuidanceDocument document = load(documentId);
        policy.check(actor, GuidanceAction.EDIT_DRAFT, document);
        Instant now = clock.instant();
        document.attach(versionNumber, file, actor.subject(), now);
        recorder.fileAttached(actor, document, versionNumber, file.getOriginalFileName(), file.getSha256(), now);
    }

    /** Starts the next version as a draft; returns its number. */
    public int revise(Caller actor, long documentId) {
        GuidanceDocument document = load(documentId);
        policy.check(actor, GuidanceAction.REVISE, document);
        Instant now = clock.instant();
        DocumentVersion next = document.revise(actor.subject(), now);
        recorder.versionStarted(actor, document, next.getNumber(), now);
        return next.getNumber();
    }

    /**
     * Re-files the document from its draft: at once while it was never published, otherwise as a
     * proposal of the draft that takes effect when an approver's promulgation puts the version in force.
     */
    public void recatalogue(Caller actor, long documentId, int versionNumber, CatalogueEntry catalogue) {
        GuidanceDocument document = load(documentId);
        policy.check(actor, GuidanceAction.RECATALOGUE, document);
        Cataloguing filing = cataloguing(catalogue, document.getMission());
        if (!filing.mission().equals(document.getMission())) {
            policy.checkFiling(actor, filing.mission().getValue());
        }
        Instant now = clock.instant();
        boolean proposed = document.recatalogue(versionNumber, filing, actor.subject(), now);
        if (proposed) {
            recorder.refilingProposed(actor, document, versionNumber, filing, now);
        } else if (!document.everPublished()) {
            recorder.recatalogued(actor, document, now);
        }
    }

    /**
     * Discards an open draft (its author, or an approver of the owning mission or headquarters), with
     * the reason in the audit trail. A document that had nothing but that draft goes with it.
     *
     * @return whether the document went too
     */
    public boolean discardDraft(Caller actor, long documentId, int versionNumber, String reason) {
        GuidanceDocument document = load(documentId);
        policy.check(actor, GuidanceAction.DISCARD_DRAFT, document);
        DocumentVersion draft = document.version(versionNumber);
        String label = draft.label();
        String author = draft.getAuthorSubject();
        Instant now = clock.instant();
        boolean nothingLeft = document.discardDraft(versionNumber, now, reason);
        if (nothingLeft) {
            documents.remove(document);
        }
        recorder.draftDiscarded(actor, document, versionNumber, label, author, reason, nothingLeft, now);
        return nothingLeft;
    }

    /**
     * The missions the actor can file a document under: those the intranet records as active and within
     * the actor's scope (their own mission and HQ; every mission for headquarters staff), HQ first.
     */
    public List<String> filingMissions(Caller actor) {
        return missions.all().stream().filter(m -> m.getStatus() == MissionStatus.ACTIVE).map(Mission::getCode)
                .filter(code -> mayFileIn(actor, code))
                .sorted(java.util.Comparator.comparing((String c) -> !MissionCode.HEADQUARTERS.getValue().equals(c))
                        .thenComparing(java.util.Comparator.naturalOrder()))
                .toList();
    }

    /**
     * Sets the documents this one points readers to. Part of preparing a draft: changed while a version
     * is a draft, by whoever may edit it; each must exist and be readable by the actor.
     */
    public void relate(Caller actor, long documentId, java.util.Collection<Long> relatedIds) {
        GuidanceDocument document = load(documentId);
        policy.check(actor, GuidanceAction.EDIT_DRAFT, document);
        Set<Long> ids = new LinkedHashSet<>(relatedIds);
        if (ids.equals(document.getRelatedDocumentIds())) {
            return;
        }
        for (long related : ids) {
            GuidanceDocument other = documents.find(related).orElse(null);
            if (other == null || !readable(actor, other)) {
                throw new GuidanceRuleException("guidance.related.unknown", "There is no document " + related + " to relate.");
            }
        }
        Instant now = clock.instant();
        document.relate(ids, now);
        recorder.related(actor, document, now);
    }

    private boolean mayFileIn(Caller actor, String mission) {
        try {
            policy.checkFiling(actor, mission);
            return true;
        } catch (AccessDenied denied) {
            return false;
        }
    }

    private boolean readable(Caller actor, GuidanceDocument document) {
        try {
            policy.check(actor, GuidanceAction.READ, document);
            return true;
        } catch (AccessDenied denied) {
            return false;
        }
    }

    /**
     * The filing typed, checked against the directory: the mission must be one the intranet records, and
     * active unless it is the one the document already has ({@code current}).
     */
    private Cataloguing cataloguing(CatalogueEntry entry, MissionCode current) {
        MissionCode mission = new MissionCode(entry.getMissionCode());
        if (!mission.equals(current)) {
            boolean known = missions.find(mission.getValue()).filter(m -> m.getStatus() == MissionStatus.ACTIVE).isPresent();
            if (!known) {
                throw new GuidanceRuleException("guidance.mission.unknown", "There is no active mission " + mission
                        + ": file the document under HQ or one of the missions the intranet records.");
            }
        }
        Set<String> codes = new LinkedHashSet<>(entry.getThemeCodes());
        List<ThematicArea> found = themes.findByCodes(codes);
        Set<String> unknown = new HashSet<>(codes);
        unknown.removeAll(found.stream().map(ThematicArea::getCode).collect(Collectors.toSet()));
        if (!unknown.isEmpty()) {
            throw new GuidanceRuleException("guidance.theme.unknown", "Unknown thematic area(s): " + String.join(", ", unknown) + ".");
        }
        return new Cataloguing(entry.getOwningOffice(), mission, entry.getClassification(), new LinkedHashSet<>(found));
    }

    private GuidanceDocument load(long documentId) {
        return documents.find(documentId).orElseThrow(() -> new GuidanceNotFoundException(documentId));
    }
}
