package org.peaceops.intranet.documents.domain.guidance;

import static org.peaceops.intranet.documents.domain.LifecycleStatus.APPROVED;
import static org.peaceops.intranet.documents.domain.LifecycleStatus.ARCHIVED;
import static org.peaceops.intranet.documents.domain.LifecycleStatus.DRAFT;
import static org.peaceops.intranet.documents.domain.LifecycleStatus.PROMULGATED;
import static org.peaceops.intranet.documents.domain.LifecycleStatus.SUBMITTED;
import static org.peaceops.intranet.documents.domain.LifecycleStatus.SUPERSEDED;
import static org.peaceops.intranet.documents.domain.LifecycleStatus.UNDER_REVIEW;
import static org.peaceops.intranet.documents.domain.LifecycleStatus.WITHDRAWN;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.peaceops.intranet.documents.domain.LifecycleStatus;
import org.peaceops.intranet.shared.Classification;

/**
 * One version of a guidance document: its metadata, its file and where it stands in the lifecycle.
 * Changed only through its {@link GuidanceDocument}, which knows the rules across versions; the rules
 * about this version alone (four-eyes, required comments, immutability once published) are here.
 */
@Entity
@Table(name = "document_version", schema = "documents")
public class DocumentVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "document_version_seq")
    @SequenceGenerator(name = "document_version_seq", sequenceName = "documents.document_version_seq", allocationSize = 1)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "document_id", nullable = false, updatable = false)
    private GuidanceDocument document;

    @Column(name = "version_number", nullable = false, updatable = false)
    private int number;

    @Column(name = "title_en", length = VersionMetadata.MAX_TITLE)
    private String titleEn;

    @Column(name = "title_fr", length = VersionMetadata.MAX_TITLE)
    private String titleFr;

    @Column(name = "summary_en", length = VersionMetadata.MAX_SUMMARY)
    private String summaryEn;

    @Column(name = "summary_fr", length = VersionMetadata.MAX_SUMMARY)
    private String summaryFr;

    @ElementCollection
    @CollectionTable(name = "document_version_language", schema = "documents", joinColumns = @JoinColumn(name = "version_id"))
    @Column(name = "language_code", nullable = false, length = 8)
    private Set<String> languages = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "document_version_keyword", schema = "documents", joinColumns = @JoinColumn(name = "version_id"))
    @Column(name = "keyword", nullable = false, length = VersionMetadata.MAX_KEYWORD)
    private Set<String> keywords = new LinkedHashSet<>();

    /** The author's own choice of review date; the default period applies when empty. */
    @Column(name = "requested_review_date")
    private LocalDate requestedReviewDate;

    @Embedded
    private FileReference file;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private LifecycleStatus status;

    @Column(name = "author_subject", nullable = false, length = 255, updatable = false)
    private String authorSubject;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "approved_by", length = 255)
    private String approvedBy;

    @Column(name = "approved_at")
    private LocalDateTime approvedAt;

    @Column(name = "effective_date")
    private LocalDate effectiveDate;

    @Column(name = "review_date")
    private LocalDate reviewDate;

    @Column(name = "in_force_until")
    private LocalDate inForceUntil;

    /** The version the library lists for its document (kept by the document, denormalised for queries). */
    @Column(name = "is_current", nullable = false)
    private boolean current;

    @OneToMany(mappedBy = "version", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id ASC")
    private List<LifecycleTransition> transitions = new ArrayList<>();

    /**
     * Everyone who changed this version (its author first): four eyes means none of them approves it,
     * not only the author, since an administrator may edit anyone's draft.
     */
    @ElementCollection
    @CollectionTable(name = "document_version_editor", schema = "documents", joinColumns = @JoinColumn(name = "version_id"))
    @Column(name = "editor_subject", nullable = false, length = 255)
    private Set<String> editors = new LinkedHashSet<>();

    // The filing this version proposes for its document once published (empty: no change). It travels
    // with the version through approval and takes effect only when the version is promulgated.
    @Column(name = "proposed_owning_office", length = 200)
    private String proposedOwningOffice;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "proposed_mission_code", length = 20))
    private MissionCode proposedMission;

    @Enumerated(EnumType.STRING)
    @Column(name = "proposed_classification", length = 20)
    private Classification proposedClassification;

    @ManyToMany
    @JoinTable(name = "document_version_proposed_theme", schema = "documents",
            joinColumns = @JoinColumn(name = "version_id"), inverseJoinColumns = @JoinColumn(name = "thematic_area_id"))
    private Set<ThematicArea> proposedThemes = new LinkedHashSet<>();

    protected DocumentVersion() {
        // for JPA
    }

    DocumentVersion(GuidanceDocument document, int number, VersionMetadata metadata, String author, Instant at) {
        this.document = document;
        this.number = number;
        this.authorSubject = Lifecycle.requireActor(author);
        this.createdAt = Lifecycle.utc(at);
        this.status = DRAFT;
        apply(metadata);
        editors.add(authorSubject);
        transitions.add(new LifecycleTransition(this, null, DRAFT, author, at, null));
    }

    // ---- changes to the content, only while a draft ----

    void describe(VersionMetadata metadata, String editor) {
        checkEditable();
        apply(metadata);
        recordEditor(editor);
    }

    void attach(FileReference newFile, String editor) {
        checkEditable();
        this.file = newFile;
        recordEditor(editor);
    }

    /** Proposes how the document is to be filed once this version is in force; {@code null} withdraws the proposal. */
    void propose(Cataloguing cataloguing, String editor) {
        checkEditable();
        proposedOwningOffice = cataloguing == null ? null : cataloguing.owningOffice();
        proposedMission = cataloguing == null ? null : cataloguing.mission();
        proposedClassification = cataloguing == null ? null : cataloguing.classification();
        proposedThemes.clear();
        if (cataloguing != null) {
            proposedThemes.addAll(cataloguing.thematicAreas());
        }
        recordEditor(editor);
    }

    /** Notes someone who changed the draft (also through its document's filing before publication). */
    void recordEditor(String editor) {
        checkEditable();
        editors.add(Lifecycle.requireActor(editor));
    }

    private void apply(VersionMetadata m) {
        titleEn = m.titleEn().orElse(null);
        titleFr = m.titleFr().orElse(null);
        summaryEn = m.summaryEn().orElse(null);
        summaryFr = m.summaryFr().orElse(null);
        languages.clear();
        languages.addAll(m.languages());
        keywords.clear();
        keywords.addAll(m.keywords());
        requestedReviewDate = m.reviewDate().orElse(null);
    }

    /** Refuses unless this version is a draft: published versions never change, pending ones go back first. */
    public void checkEditable() {
        if (status.published()) {
            throw new ImmutableVersionException(label(), Lifecycle.label(status));
        }
        if (status != DRAFT) {
            throw new GuidanceRuleException("guidance.notDraft", "The " + label() + " is " + Lifecycle.label(status)
                    + "; return it to draft before changing it.");
        }
    }

    // ---- lifecycle steps; the document calls them after its own cross-version checks ----

    LifecycleTransition submit(String actor, Instant at, String comment) {
        Lifecycle.requireEdge(this, SUBMITTED);
        if (file == null) {
            throw new GuidanceRuleException("guidance.fileRequired", "Attach the file of the " + label() + " before submitting it.");
        }
        return record(SUBMITTED, actor, at, comment);
    }

    LifecycleTransition approve(String actor, Instant at, String comment, ReviewPolicy policy) {
        Lifecycle.requireEdge(this, APPROVED);
        if (isEditedBy(actor)) {
            throw new FourEyesViolationException(label(), authorSubject.equals(actor));
        }
        LifecycleTransition step = record(APPROVED, actor, at, comment);
        approvedBy = actor;
        approvedAt = Lifecycle.utc(at);
        // Only guidance is reviewed on a cycle; templates and forms have no review date unless asked for.
        reviewDate = requestedReviewDate != null ? requestedReviewDate
                : document.getType().isGuidance() ? policy.reviewDateFor(Lifecycle.day(at)) : null;
        return step;
    }

    LifecycleTransition returnToDraft(String actor, Instant at, String reason) {
        Lifecycle.requireEdge(this, DRAFT);
        LifecycleTransition step = record(DRAFT, actor, at, Lifecycle.reasonFor(LifecycleStep.RETURN_TO_DRAFT, reason, "a reason to return it to draft", label()));
        // An approval covers the text that was approved; once changes are possible again it is void.
        approvedBy = null;
        approvedAt = null;
        reviewDate = null;
        return step;
    }

    LifecycleTransition promulgate(String actor, Instant at, LocalDate effective) {
        Lifecycle.requireEdge(this, PROMULGATED);
        if (effective == null) {
            throw new GuidanceRuleException("guidance.effectiveDate.required", "Give the date the " + label() + " takes effect.");
        }
        if (reviewDate != null && !reviewDate.isAfter(effective)) {
            throw new GuidanceRuleException("guidance.reviewDate.beforeEffective", "The review date " + reviewDate
                    + " of the " + label() + " must fall after its effective date " + effective + ".");
        }
        effectiveDate = effective;
        return record(PROMULGATED, actor, at, null);
    }

    LifecycleTransition supersede(String actor, Instant at, DocumentVersion successor) {
        Lifecycle.requireEdge(this, SUPERSEDED);
        inForceUntil = successor.effectiveDate;
        return record(SUPERSEDED, actor, at, "Superseded by version " + successor.number);
    }

    LifecycleTransition startReview(String actor, Instant at) {
        Lifecycle.requireEdge(this, UNDER_REVIEW);
        if (reviewDate == null || Lifecycle.day(at).isBefore(reviewDate)) {
            throw new GuidanceRuleException("guidance.review.notDue", "The " + label() + " is not due for review"
                    + (reviewDate == null ? " (it has no review date)." : " before " + reviewDate + "."));
        }
        return record(UNDER_REVIEW, actor, at, "Review date " + reviewDate + " reached");
    }

    LifecycleTransition withdraw(String actor, Instant at, String reason) {
        Lifecycle.requireEdge(this, WITHDRAWN);
        LifecycleTransition step = record(WITHDRAWN, actor, at, Lifecycle.reasonFor(LifecycleStep.WITHDRAW, reason, "a reason to withdraw it", label()));
        inForceUntil = Lifecycle.day(at);
        return step;
    }

    LifecycleTransition archive(String actor, Instant at, String comment) {
        Lifecycle.requireEdge(this, ARCHIVED);
        return record(ARCHIVED, actor, at, comment);
    }

    private LifecycleTransition record(LifecycleStatus target, String actor, Instant at, String comment) {
        LifecycleTransition step = new LifecycleTransition(this, status, target, Lifecycle.requireActor(actor), at,
                Lifecycle.optionalComment(comment));
        transitions.add(step);
        status = target;
        return step;
    }

    void markCurrent(boolean value) {
        current = value;
    }

    /** How people refer to this version in messages: "version 2 of SOP 2007.04". */
    public String label() {
        return "version " + number + " of " + document.label();
    }

    // ---- reading ----

    public Long getId() {
        return id;
    }

    public GuidanceDocument getDocument() {
        return document;
    }

    public int getNumber() {
        return number;
    }

    public LifecycleStatus getStatus() {
        return status;
    }

    public VersionMetadata getMetadata() {
        return VersionMetadata.builder().titleEn(titleEn).titleFr(titleFr).summaryEn(summaryEn).summaryFr(summaryFr)
                .languages(languages).keywords(keywords).reviewDate(requestedReviewDate).build();
    }

    public Optional<FileReference> getFile() {
        return Optional.ofNullable(file);
    }

    public String getAuthorSubject() {
        return authorSubject;
    }

    /** Everyone who wrote or changed this version, the author first. */
    public Set<String> getEditors() {
        Set<String> all = new LinkedHashSet<>();
        all.add(authorSubject);
        all.addAll(editors);
        return Collections.unmodifiableSet(all);
    }

    /** Whether this person wrote or changed the version, and so may not approve it. */
    public boolean isEditedBy(String subject) {
        return authorSubject.equals(subject) || editors.contains(subject);
    }

    /** The filing this version proposes for its document, effective at its promulgation; empty if none. */
    public Optional<Cataloguing> getProposedCataloguing() {
        if (proposedMission == null || proposedClassification == null || proposedOwningOffice == null) {
            return Optional.empty();
        }
        return Optional.of(new Cataloguing(proposedOwningOffice, proposedMission, proposedClassification, proposedThemes));
    }

    public Instant getCreatedAt() {
        return createdAt.toInstant(ZoneOffset.UTC);
    }

    public Optional<String> getApprovedBy() {
        return Optional.ofNullable(approvedBy);
    }

    public Optional<Instant> getApprovedAt() {
        return Optional.ofNullable(approvedAt).map(t -> t.toInstant(ZoneOffset.UTC));
    }

    public Optional<LocalDate> getEffectiveDate() {
        return Optional.ofNullable(effectiveDate);
    }

    public Optional<LocalDate> getReviewDate() {
        return Optional.ofNullable(reviewDate);
    }

    /** The first day this version was in force; empty if it never was promulgated. */
    public Optional<LocalDate> inForceFrom() {
        return getEffectiveDate();
    }

    /** The day it stopped being in force (successor's effective date or withdrawal); empty while in force. */
    public Optional<LocalDate> inForceUntil() {
        return Optional.ofNullable(inForceUntil);
    }

    public boolean isCurrent() {
        return current;
    }

    public List<LifecycleTransition> getTransitions() {
        return Collections.unmodifiableList(transitions);
    }
}
