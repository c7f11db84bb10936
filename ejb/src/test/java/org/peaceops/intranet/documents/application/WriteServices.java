package org.peaceops.intranet.documents.application;

import java.lang.reflect.Field;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.peaceops.intranet.documents.domain.DocumentType;
import org.peaceops.intranet.documents.domain.DocumentTypeRepository;
import org.peaceops.intranet.documents.domain.LifecycleStatus;
import org.peaceops.intranet.documents.domain.guidance.Cataloguing;
import org.peaceops.intranet.documents.domain.guidance.DocumentVersion;
import org.peaceops.intranet.documents.domain.guidance.FileReference;
import org.peaceops.intranet.documents.domain.guidance.GuidanceDocument;
import org.peaceops.intranet.documents.domain.guidance.GuidanceDocumentRepository;
import org.peaceops.intranet.documents.domain.guidance.LibraryFilter;
import org.peaceops.intranet.documents.domain.guidance.LifecycleTransition;
import org.peaceops.intranet.documents.domain.guidance.Readership;
import org.peaceops.intranet.documents.domain.guidance.ReferenceNumber;
import org.peaceops.intranet.documents.domain.guidance.ThematicArea;
import org.peaceops.intranet.documents.domain.guidance.ThematicAreaRepository;
import org.peaceops.intranet.documents.domain.guidance.VersionMetadata;
import org.peaceops.intranet.identity.domain.Mission;
import org.peaceops.intranet.identity.domain.MissionRepository;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.shared.Classification;
import org.peaceops.intranet.shared.PersonnelCategory;
import org.peaceops.intranet.shared.Role;
import org.peaceops.intranet.shared.refusal.AccessDenied;

/**
 * The write services of guidance (drafting and lifecycle) over in-memory repositories and the real
 * access policy, with the audit lines they record kept in a list: what the service-level tests of the
 * write rules run against.
 */
public final class WriteServices {

    public static final Instant T0 = Instant.parse("2026-03-10T09:00:00Z");
    static final DocumentType SOP = new DocumentType(2L, "SOP", "Standard operating procedure", "Procédure", true, 20);
    static final ThematicArea GENDER = new ThematicArea(2L, "GENDER", "Gender", "Genre", 20);
    static final ThematicArea PLANNING = new ThematicArea(6L, "PLANNING", "Planning", "Planification", 60);

    public static final Caller CONTRIBUTOR = person("contributor", "UNMISS", Role.CONTRIBUTOR);
    public static final Caller CONTRIBUTOR_MINUSCA = person("contributor-minusca", "MINUSCA", Role.CONTRIBUTOR);
    public static final Caller APPROVER_HQ = person("approver", "HQ", Role.APPROVER);
    public static final Caller APPROVER_UNMISS = person("approver-unmiss", "UNMISS", Role.APPROVER);
    public static final Caller APPROVER_MINUSCA = person("approver2", "MINUSCA", Role.APPROVER);
    public static final Caller ADMIN = person("admin", "HQ", Role.ADMIN);
    public static final Caller READER_MINUSCA = person("reader2", "MINUSCA", Role.READER);

    public final Documents documents = new Documents();
    public final List<String> audit = new ArrayList<>();
    public final DraftGuidance drafts = new DraftGuidance();
    public final GuidanceLifecycleService lifecycle = new GuidanceLifecycleService();
    public final PolicyBackedGuidanceAccess policy = new PolicyBackedGuidanceAccess();
    private int reference = 1;

    public WriteServices() {
        Recorder recorder = new Recorder();
        drafts.documents = documents;
        drafts.types = new Types();
        drafts.themes = new Themes();
        drafts.policy = policy;
        drafts.recorder = recorder;
        drafts.missions = new Missions();
        drafts.clock = Clock.fixed(T0, ZoneOffset.UTC);
        lifecycle.documents = documents;
        lifecycle.policy = policy;
        lifecycle.recorder = recorder;
        lifecycle.reviewMonths = 24;
        lifecycle.clock = Clock.fixed(T0, ZoneOffset.UTC);
    }

    public static Caller person(String name, String mission, Role role) {
        return new Caller("s-" + name, name, name, EnumSet.of(Role.READER, role), mission,
                PersonnelCategory.CIVILIAN);
    }

    public static CatalogueEntry filing(String mission, Classification classification) {
        return new CatalogueEntry("Office of the Force Commander", mission, classification, List.of("GENDER"));
    }

    /** A new draft by {@code author} filed under {@code mission}, its file attached; returns its id. */
    public long draft(Caller author, String mission, Classification classification) {
        long id = drafts.startDraft(author, "SOP", "2026." + String.format("%02d", reference++),
                filing(mission, classification), VersionMetadata.builder().titleEn("Patrol procedure").build());
        drafts.attachFile(author, id, 1, file('a'));
        return id;
    }

    /** A document in force: drafted by {@code author}, approved and promulgated by the HQ approver. */
    public long promulgated(Caller author, String mission, Classification classification) {
        long id = draft(author, mission, classification);
        lifecycle.submit(author, id, 1, null);
        lifecycle.approve(APPROVER_HQ, id, 1, null);
        lifecycle.promulgate(APPROVER_HQ, id, 1, LocalDate.of(2026, 3, 10));
        return id;
    }

    public static FileReference file(char fill) {
        return new FileReference(String.valueOf(fill).repeat(64), 10, "application/pdf", "sop.pdf");
    }

    public GuidanceDocument document(long id) {
        return documents.find(id).orElseThrow();
    }

    /** Whether the access policy lets the actor read the document (as readers of the library are judged). */
    public boolean reads(Caller actor, long id) {
        try {
            policy.check(actor, GuidanceAction.READ, document(id));
            return true;
        } catch (AccessDenied denied) {
            return false;
        }
    }

    /** What the audit trail holds, one line per change: "ACTION detail". */
    private final class Recorder extends GuidanceChangeRecorder {
        @Override
        public void created(Caller actor, GuidanceDocument document, Instant at) {
            WriteServices.this.audit.add("DOCUMENT_CREATED " + document.label());
        }

        @Override
        public void versionStarted(Caller actor, GuidanceDocument document, int number, Instant at) {
            WriteServices.this.audit.add("VERSION_CREATED " + number);
        }

        @Override
        public void versionEdited(Caller actor, GuidanceDocument document, int number, Instant at) {
            WriteServices.this.audit.add("VERSION_EDITED " + number + " by " + actor.subject());
        }

        @Override
        public void fileAttached(Caller actor, GuidanceDocument document, int number, String fileName, String sha256, Instant at) {
            WriteServices.this.audit.add("FILE_ATTACHED " + number);
        }

        @Override
        public void recatalogued(Caller actor, GuidanceDocument document, Instant at) {
            WriteServices.this.audit.add("DOCUMENT_RECATALOGUED " + document.getClassification());
        }

        @Override
        public void refilingProposed(Caller actor, GuidanceDocument document, int number, Cataloguing proposal, Instant at) {
            WriteServices.this.audit.add("REFILING_PROPOSED " + number + " " + proposal.mission() + " " + proposal.classification());
        }

        @Override
        public void draftDiscarded(Caller actor, GuidanceDocument document, int number, String versionLabel, String author,
                String reason, boolean documentRemoved, Instant at) {
            WriteServices.this.audit.add("DRAFT_DISCARDED " + number + " by " + actor.subject() + " (" + reason + ")"
                    + (documentRemoved ? " with the document" : ""));
        }

        @Override
        public void related(Caller actor, GuidanceDocument document, Instant at) {
            WriteServices.this.audit.add("RELATED");
        }

        @Override
        public void transitions(Caller actor, GuidanceDocument document, List<LifecycleTransition> steps, Instant at) {
            steps.forEach(s -> WriteServices.this.audit.add("LIFECYCLE_TRANSITION " + s.getVersion().getNumber() + " " + s.getTo()));
        }
    }

    /** Documents by id, ids given as the database would. */
    public static final class Documents implements GuidanceDocumentRepository {
        private final Map<Long, GuidanceDocument> byId = new LinkedHashMap<>();
        private long next = 1;

        @Override
        public Optional<GuidanceDocument> find(long id) {
            return Optional.ofNullable(byId.get(id));
        }

        @Override
        public boolean referenceTaken(DocumentType type, ReferenceNumber referenceNumber) {
            return byId.values().stream().anyMatch(d -> d.getReferenceNumber().equals(referenceNumber));
        }

        @Override
        public void add(GuidanceDocument document) {
            try {
                Field id = GuidanceDocument.class.getDeclaredField("id");
                id.setAccessible(true);
                id.set(document, next);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            byId.put(next++, document);
        }

        @Override
        public void remove(GuidanceDocument document) {
            byId.remove(document.getId());
        }

        @Override
        public List<GuidanceDocument> findDueForReview(LocalDate today) {
            return List.of();
        }

        @Override
        public List<DocumentVersion> findCurrentVersions(LibraryFilter filter, Readership reader, int first, int max) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long countCurrentVersions(LibraryFilter filter, Readership reader) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<DocumentVersion> findVersionsWithContent(String sha256) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<DocumentVersion> findVersionsInStatus(Collection<LifecycleStatus> statuses, int max) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<DocumentVersion> findVersionsByAuthor(String authorSubject, int max) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<String> missionCodes() {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<String> languageCodes() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Set<String> referencedContentHashes() {
            throw new UnsupportedOperationException();
        }
    }

    private static final class Types implements DocumentTypeRepository {
        @Override
        public List<DocumentType> findActive() {
            return List.of(SOP);
        }

        @Override
        public Optional<DocumentType> findByCode(String code) {
            return SOP.getCode().equals(code) ? Optional.of(SOP) : Optional.empty();
        }

        @Override
        public List<DocumentType> findAll() {
            return List.of(SOP);
        }

        @Override
        public void add(DocumentType type) {
            throw new UnsupportedOperationException();
        }
    }

    private static final class Themes implements ThematicAreaRepository {
        @Override
        public List<ThematicArea> findActive() {
            return List.of(GENDER, PLANNING);
        }

        @Override
        public List<ThematicArea> findByCodes(Collection<String> codes) {
            return findActive().stream().filter(t -> codes.contains(t.getCode())).toList();
        }

        @Override
        public List<ThematicArea> findAll() {
            return findActive();
        }

        @Override
        public void add(ThematicArea theme) {
            throw new UnsupportedOperationException();
        }
    }

    /** The directory's missions as V8 seeds them: HQ, UNMISS, MINUSCA (MINUSMA closed). */
    private static final class Missions implements MissionRepository {
        private final List<Mission> all = new ArrayList<>();

        Missions() {
            for (String code : List.of("HQ", "UNMISS", "MINUSCA")) {
                all.add(new Mission(code, code + " mission", "Somewhere", "system", T0));
            }
        }

        @Override
        public List<Mission> all() {
            return all;
        }

        @Override
        public Optional<Mission> find(String code) {
            return all.stream().filter(m -> m.getCode().equals(code)).findFirst();
        }

        @Override
        public void add(Mission mission) {
            all.add(mission);
        }
    }
}
