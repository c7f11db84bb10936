package org.peaceops.intranet.documents.domain.guidance;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.peaceops.intranet.documents.domain.DocumentType;
import org.peaceops.intranet.documents.domain.LifecycleStatus;
import org.peaceops.intranet.shared.Classification;
import org.peaceops.intranet.shared.refusal.Conflict;

/**
 * A piece of guidance (policy directive, SOP, guidelines, manual, ...) with every version it has had.
 * The aggregate root: all changes go through it, because the rules that matter span versions: at most
 * one version on its way to promulgation, at most one in force, and promulgating a version supersedes
 * the one it replaces.
 */
@Entity
@Table(name = "guidance_document", schema = "documents")
public class GuidanceDocument {

    static final int MAX_RELATED = 20;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "guidance_document_seq")
    @SequenceGenerator(name = "guidance_document_seq", sequenceName = "documents.guidance_document_seq", allocationSize = 1)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "document_type_id", nullable = false, updatable = false)
    private DocumentType type;

    @Embedded
    private ReferenceNumber referenceNumber;

    @Column(name = "owning_office", nullable = false, length = 200)
    private String owningOffice;

    @Embedded
    private MissionCode mission;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Classification classification;

    @ManyToMany
    @JoinTable(name = "guidance_thematic_area", schema = "documents",
            joinColumns = @JoinColumn(name = "document_id"), inverseJoinColumns = @JoinColumn(name = "thematic_area_id"))
    private Set<ThematicArea> thematicAreas = new LinkedHashSet<>();

    /** Other documents this one refers readers to; by id, as aggregates refer to each other. */
    @jakarta.persistence.ElementCollection
    @jakarta.persistence.CollectionTable(name = "guidance_related_document", schema = "documents",
            joinColumns = @JoinColumn(name = "document_id"))
    @Column(name = "related_document_id", nullable = false)
    private Set<Long> relatedDocumentIds = new LinkedHashSet<>();

    @OneToMany(mappedBy = "document", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number ASC")
    private List<DocumentVersion> versions = new ArrayList<>();

    @Column(name = "created_by", nullable = false, length = 255, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    /**
     * Touched by every change, versions included, so that the optimistic lock below guards the whole
     * aggregate: two approvers acting at once cannot both succeed.
     */
    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    protected GuidanceDocument() {
        // for JPA
    }

    private GuidanceDocument(DocumentType type, ReferenceNumber referenceNumber, Cataloguing cataloguing,
            String author, Instant at) {
        this.type = Objects.requireNonNull(type, "type");
        this.referenceNumber = Objects.requireNonNull(referenceNumber, "referenceNumber");
        this.createdBy = Lifecycle.requireActor(author);
        this.createdAt = Lifecycle.utc(at);
        apply(cataloguing);
        touch(at);
    }

    /** Starts a new document with its first version as a draft by {@code author}. */
    public static GuidanceDocument draft(DocumentType type, ReferenceNumber referenceNumber, Cataloguing cataloguing,
            VersionMetadata metadata, String author, Instant at) {
        GuidanceDocument document = new GuidanceDocument(type, referenceNumber, cataloguing, author, at);
        document.versions.add(new DocumentVersion(document, 1, metadata, author, at));
        document.refreshCurrent();
        return document;
    }

    // ---- drafting ----

    /**
     * Starts the next version as a draft, copying the latest version's metadata (not its file) so the
     * author edits rather than retypes. Refused while another version is still open.
     */
    public DocumentVersion revise(String author, Instant at) {
        openVersion().ifPresent(open -> {
            throw new Conflict("guidance.openVersionExists", "The " + open.label() + " is still "
                    + Lifecycle.label(open.getStatus()) + "; finish or return it before starting another version.");
        });
        DocumentVersion next = new DocumentVersion(this, latestVersion().getNumber() + 1,
                latestVersion().getMetadata(), author, at);
        versions.add(next);
        refreshCurrent();
        touch(at);
        return next;
    }

    /** Describes the version as its own author (imports and fixtures); people's edits name the editor. */
    public void describe(int number, VersionMetadata metadata, Instant at) {
        describe(number, metadata, version(number).getAuthorSubject(), at);
    }

    /** Attaches the file as the version's own author (imports and fixtures); people's edits name the editor. */
    public void attach(int number, FileReference file, Instant at) {
        attach(number, file, version(number).getAuthorSubject(), at);
    }

    /** Changes the version's metadata; the editor is remembered so that they never approve it. */
    public void describe(int number, VersionMetadata metadata, String editor, Instant at) {
        version(number).describe(metadata, editor);
        touch(at);
    }

    public void attach(int number, FileReference file, String editor, Instant at) {
        version(number).attach(file, editor);
        touch(at);
    }

    /**
     * Re-files the document from its draft. Until the document has ever been published nobody reads it
     * but its drafters and approvers, so the filing changes with the draft. Afterwards classification,
     * mission, office and themes are what readers rely on: a change is only proposed on the open draft
     * and takes effect when that version is promulgated, after a second person approved it.
     *
     * @return whether the change waits for promulgation (rather than applied now)
     */
    public boolean recatalogue(int number, Cataloguing cataloguing, String editor, Instant at) {
        DocumentVersion draft = version(number);
        boolean proposed = everPublished();
        if (proposed) {
            draft.propose(cataloguing.equals(getCataloguing()) ? null : cataloguing, editor);
        } else {
            draft.recordEditor(editor);
            apply(cataloguing);
        }
        touch(at);
        return proposed && draft.getProposedCataloguing().isPresent();
    }

    /** Whether any version was ever in force: then readers know the document and its filing. */
    public boolean everPublished() {
        return versions.stream().anyMatch(v -> v.inForceFrom().isPresent());
    }

    /**
     * Discards a draft nobody needs any more, so that the document can be revised again (one open
     * version at a time). Only a draft: a version under validation is returned to draft first, and a
     * published one never changes. The draft is removed with its history (the audit trail keeps the
     * record); the versions that were published stay as they are.
     *
     * @return whether that was the document's only version, leaving nothing to keep
     */
    public boolean discardDraft(int number, Instant at, String reason) {
        DocumentVersion draft = version(number);
        if (draft.getStatus() != LifecycleStatus.DRAFT) {
            throw new GuidanceRuleException("guidance.discard.notDraft", "The " + draft.label() + " is "
                    + Lifecycle.label(draft.getStatus()) + "; only a draft can be discarded.");
        }
        Lifecycle.reasonFor(LifecycleStep.DISCARD_DRAFT, reason, "a reason to discard it", draft.label());
        versions.remove(draft);
        if (versions.isEmpty()) {
            return true;
        }
        refreshCurrent();
        touch(at);
        return false;
    }

    /**
     * Points readers to other documents (the policy a procedure implements, the form it uses). Not to
     * itself, and a short list: past {@value #MAX_RELATED} it stops being a pointer.
     */
    public void relate(Set<Long> documentIds, Instant at) {
        Set<Long> ids = new LinkedHashSet<>(documentIds);
        if (id != null && ids.contains(id)) {
            throw new GuidanceRuleException("guidance.related.self", label() + " cannot be related to itself.");
        }
        if (ids.size() > MAX_RELATED) {
            throw new GuidanceRuleException("guidance.related.tooMany", "Relate at most " + MAX_RELATED + " documents.");
        }
        relatedDocumentIds.clear();
        relatedDocumentIds.addAll(ids);
        touch(at);
    }

    public Set<Long> getRelatedDocumentIds() {
        return Collections.unmodifiableSet(relatedDocumentIds);
    }

    // ---- lifecycle ----

    public List<LifecycleTransition> submit(int number, String actor, Instant at, String comment) {
        return step(version(number).submit(actor, at, comment), at);
    }

    public List<LifecycleTransition> approve(int number, String actor, Instant at, String comment, ReviewPolicy policy) {
        return step(version(number).approve(actor, at, comment, policy), at);
    }

    public List<LifecycleTransition> returnToDraft(int number, String actor, Instant at, String reason) {
        return step(version(number).returnToDraft(actor, at, reason), at);
    }

    /**
     * Puts a version in force. The version in force until now is superseded in the same step, so there
     * is never a moment with two versions in force, and its "in force until" is the new effective date.
     * A re-filing the version proposed applies now, not before.
     */
    public List<LifecycleTransition> promulgate(int number, String actor, Instant at, LocalDate effectiveDate) {
        DocumentVersion next = version(number);
        Lifecycle.requireEdge(next, LifecycleStatus.PROMULGATED);
        Optional<DocumentVersion> previous = inForceVersion();
        previous.flatMap(DocumentVersion::inForceFrom).ifPresent(from -> {
            if (effectiveDate != null && effectiveDate.isBefore(from)) {
                throw new GuidanceRuleException("guidance.effectiveDate.beforePrevious", "The " + next.label()
                        + " cannot take effect on " + effectiveDate + ", before the version it replaces (" + from + ").");
            }
        });
        List<LifecycleTransition> steps = new ArrayList<>();
        steps.add(next.promulgate(actor, at, effectiveDate));
        previous.ifPresent(old -> steps.add(old.supersede(actor, at, next)));
        // The filing the version proposed was approved with it: it takes effect with the text.
        next.getProposedCataloguing().ifPresent(this::apply);
        refreshCurrent();
        touch(at);
        return List.copyOf(steps);
    }

    public List<LifecycleTransition> startReview(int number, String actor, Instant at) {
        return step(version(number).startReview(actor, at), at);
    }

    public List<LifecycleTransition> withdraw(int number, String actor, Instant at, String reason) {
        return step(version(number).withdraw(actor, at, reason), at);
    }

    public List<LifecycleTransition> archive(int number, String actor, Instant at, String comment) {
        return step(version(number).archive(actor, at, comment), at);
    }

    private List<LifecycleTransition> step(LifecycleTransition transition, Instant at) {
        refreshCurrent();
        touch(at);
        return List.of(transition);
    }

    /** The library lists one version per document: the one in force, or else the newest. */
    private void refreshCurrent() {
        DocumentVersion shown = inForceVersion().orElseGet(this::latestVersion);
        versions.forEach(v -> v.markCurrent(v == shown));
    }

    private void touch(Instant at) {
        updatedAt = Lifecycle.utc(at);
    }

    private void apply(Cataloguing cataloguing) {
        owningOffice = cataloguing.owningOffice();
        mission = cataloguing.mission();
        classification = cataloguing.classification();
        thematicAreas.clear();
        thematicAreas.addAll(cataloguing.thematicAreas());
    }

    // ---- reading ----

    public DocumentVersion version(int number) {
        return versions.stream().filter(v -> v.getNumber() == number).findFirst()
                .orElseThrow(() -> new GuidanceRuleException("guidance.noSuchVersion",
                        label() + " has no version " + number + "."));
    }

    public List<DocumentVersion> getVersions() {
        List<DocumentVersion> sorted = new ArrayList<>(versions);
        sorted.sort(Comparator.comparingInt(DocumentVersion::getNumber));
        return Collections.unmodifiableList(sorted);
    }

    public DocumentVersion latestVersion() {
        return versions.stream().max(Comparator.comparingInt(DocumentVersion::getNumber))
                .orElseThrow(() -> new IllegalStateException("A document always has a version"));
    }

    public Optional<DocumentVersion> inForceVersion() {
        return versions.stream().filter(v -> v.getStatus().inForce()).findFirst();
    }

    /** The version being drafted, validated or approved, if any. */
    public Optional<DocumentVersion> openVersion() {
        return versions.stream().filter(v -> v.getStatus().open()).findFirst();
    }

    public DocumentVersion currentVersion() {
        return inForceVersion().orElseGet(this::latestVersion);
    }

    public LifecycleStatus currentStatus() {
        return currentVersion().getStatus();
    }

    /** "SOP 2007.04": the type code and reference number, as messages and audit lines cite it. */
    public String label() {
        return type.getCode() + " " + referenceNumber;
    }

    public Long getId() {
        return id;
    }

    public DocumentType getType() {
        return type;
    }

    public ReferenceNumber getReferenceNumber() {
        return referenceNumber;
    }

    public Cataloguing getCataloguing() {
        return new Cataloguing(owningOffice, mission, classification, thematicAreas);
    }

    public String getOwningOffice() {
        return owningOffice;
    }

    public MissionCode getMission() {
        return mission;
    }

    public Classification getClassification() {
        return classification;
    }

    public Set<ThematicArea> getThematicAreas() {
        return Collections.unmodifiableSet(thematicAreas);
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt.toInstant(ZoneOffset.UTC);
    }

    public Instant getUpdatedAt() {
        return updatedAt.toInstant(ZoneOffset.UTC);
    }
}
