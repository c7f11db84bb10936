package org.peaceops.intranet.toolbox.domain.report;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.peaceops.intranet.shared.Classification;
import org.peaceops.intranet.shared.MissionCode;
import org.peaceops.intranet.toolbox.domain.MissionCodeColumn;
import org.peaceops.intranet.toolbox.domain.ToolboxAccessDenied;
import org.peaceops.intranet.toolbox.domain.ToolboxRuleException;
import org.peaceops.intranet.toolbox.domain.definition.Completeness;
import org.peaceops.intranet.toolbox.domain.definition.DefinitionVersion;
import org.peaceops.intranet.toolbox.domain.definition.FieldKind;
import org.peaceops.intranet.toolbox.domain.definition.FieldProblem;
import org.peaceops.intranet.toolbox.domain.definition.ReportAudience;
import org.peaceops.intranet.toolbox.domain.definition.ReportValues;

/**
 * A Toolbox report written in a mission with one version of a report type. The author drafts and
 * submits it; the mission's Best Practices Officer, never the author (four eyes), publishes it with a
 * classification or returns it with a reason. Its values are always checked against the version it was
 * written with, which it keeps for good. Concurrent changes are caught by the row version: of two
 * reviewers acting at once, the second is told the report changed.
 */
@Entity
@Table(name = "report", schema = "toolbox")
public class ToolboxReport {

    public static final int MAX_TITLE = 200;
    public static final int MAX_REASON = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "report_seq")
    @SequenceGenerator(name = "report_seq", sequenceName = "toolbox.report_seq", allocationSize = 1)
    private Long id;

    @Column(name = "definition_id", nullable = false, updatable = false)
    private long definitionId;

    @Column(name = "definition_version", nullable = false, updatable = false)
    private int definitionVersion;

    /** The type's code, kept here so lists, facets and trends need not load definitions. */
    @Column(name = "type_code", nullable = false, updatable = false, length = 60)
    private String typeCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "audience", nullable = false, updatable = false, length = 30)
    private ReportAudience audience;

    @Convert(converter = MissionCodeColumn.class)
    @Column(name = "mission_code", nullable = false, updatable = false, length = MissionCode.MAX)
    private MissionCode mission;

    @Column(name = "title", nullable = false, length = MAX_TITLE)
    private String title;

    @Column(name = "author_subject", nullable = false, updatable = false, length = 255)
    private String author;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private ReportStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "classification", length = 20)
    private Classification classification;

    @Column(name = "successor_subject", length = 255)
    private String successor;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Column(name = "published_at")
    private LocalDateTime publishedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "report_value", schema = "toolbox", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "seq")
    private List<StoredValue> values = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "report_step", schema = "toolbox", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "seq")
    private List<ReportStep> steps = new ArrayList<>();

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    protected ToolboxReport() {
        // for JPA
    }

    /** A new, empty draft of the type's version, in the author's mission. */
    public static ToolboxReport draft(DefinitionVersion version, MissionCode mission, String title, String author,
            Instant at) {
        if (!version.definition().isActive()) {
            throw new ToolboxRuleException("toolbox.report.typeRetired", "Reports of this type are no longer written: "
                    + version.definition().code(), version.definition().code());
        }
        if (version.number() != version.definition().current().number()) {
            throw new ToolboxRuleException("toolbox.report.oldVersion", "A new report is written with the type's current "
                    + "version, " + version.definition().current().number(), version.definition().current().number());
        }
        ToolboxReport report = new ToolboxReport();
        report.definitionId = version.definition().getId();
        report.definitionVersion = version.number();
        report.typeCode = version.definition().code();
        report.audience = version.definition().audience();
        report.mission = Objects.requireNonNull(mission, "mission");
        report.title = checkedTitle(title);
        report.author = Objects.requireNonNull(author, "author");
        report.status = ReportStatus.DRAFT;
        report.createdAt = utc(at);
        report.updatedAt = report.createdAt;
        report.steps.add(new ReportStep(null, ReportStatus.DRAFT, author, at, null));
        return report;
    }

    /**
     * A report that is published as it is written, because it only carries something already moderated
     * elsewhere to the board: a community question a moderator raised for guidance. It is of a retired
     * type (nobody files one by hand), complete, internal (every signed-in person may read it), and
     * written by the moderator, so that the mission's officer, not the moderator, decides on it.
     */
    public static ToolboxReport forwarded(DefinitionVersion version, MissionCode mission, String title,
            ReportValues values, String author, Instant at) {
        if (version.definition().isActive()) {
            throw new IllegalArgumentException("A forwarded report is of a type nobody files by hand");
        }
        List<FieldProblem> problems = version.check(values, Completeness.SUBMISSION);
        if (!problems.isEmpty()) {
            throw new InvalidReportException(problems);
        }
        ToolboxReport report = new ToolboxReport();
        report.definitionId = version.definition().getId();
        report.definitionVersion = version.number();
        report.typeCode = version.definition().code();
        report.audience = ReportAudience.BY_CLASSIFICATION;
        report.mission = Objects.requireNonNull(mission, "mission");
        report.title = checkedTitle(title);
        report.author = Objects.requireNonNull(author, "author");
        report.status = ReportStatus.PUBLISHED;
        report.classification = Classification.INTERNAL;
        report.createdAt = utc(at);
        report.updatedAt = report.createdAt;
        report.publishedAt = report.createdAt;
        report.values.addAll(ValueCodec.encode(values));
        report.steps.add(new ReportStep(null, ReportStatus.PUBLISHED, author, at, null));
        return report;
    }

    /**
     * Saves what the author typed. Gaps are fine in a draft; a value that does not fit its field (wrong
     * kind, too long, several where one is allowed) is refused with every such problem at once.
     */
    public void edit(DefinitionVersion version, String newTitle, ReportValues newValues, String editor, Instant at) {
        requireAuthor(editor, "toolbox.report.notAuthor");
        requireEditable();
        requireOwnVersion(version);
        String checkedTitle = checkedTitle(newTitle);
        List<FieldProblem> problems = version.check(newValues, Completeness.DRAFT);
        if (!problems.isEmpty()) {
            throw new InvalidReportException(problems);
        }
        this.title = checkedTitle;
        this.values.clear();
        this.values.addAll(ValueCodec.encode(newValues));
        this.updatedAt = utc(at);
    }

    /** Hands the report to the mission's Best Practices Officer: every required field must be given. */
    public void submit(DefinitionVersion version, String actor, Instant at) {
        requireAuthor(actor, "toolbox.report.notAuthor");
        requireEditable();
        requireOwnVersion(version);
        List<FieldProblem> problems = version.check(values(), Completeness.SUBMISSION);
        if (!problems.isEmpty()) {
            throw new InvalidReportException(problems);
        }
        move(ReportStatus.SUBMITTED, actor, at, null);
    }

    /**
     * Publishes the report with a classification. A handover note is for its successor and its mission
     * only, so it can only be confidential: a wider classification would promise readers it never has.
     */
    public void publish(String reviewer, MissionCode reviewerMission, Classification given, Instant at) {
        requireReviewable(reviewer, reviewerMission);
        Objects.requireNonNull(given, "classification");
        if (audience == ReportAudience.SUCCESSOR_AND_MISSION && given != Classification.CONFIDENTIAL) {
            throw new ToolboxRuleException("toolbox.report.handoverConfidential",
                    "A handover note is read by its successor and its mission only: publish it as confidential");
        }
        this.classification = given;
        this.publishedAt = utc(at);
        move(ReportStatus.PUBLISHED, reviewer, at, null);
    }

    /** Sends the report back to its author, saying what to change. */
    public void returnToAuthor(String reviewer, MissionCode reviewerMission, String reason, Instant at) {
        requireReviewable(reviewer, reviewerMission);
        String clean = reason == null ? "" : reason.strip();
        if (clean.isEmpty() || clean.length() > MAX_REASON) {
            throw new ToolboxRuleException("toolbox.report.reasonRequired",
                    "Say what the author should change (at most " + MAX_REASON + " characters)", MAX_REASON);
        }
        move(ReportStatus.RETURNED, reviewer, at, clean);
    }

    /**
     * Names the person who takes over the post, the one reader outside the mission. The author knows who
     * that is, often only after writing the note, so this is allowed at any time.
     */
    public void nameSuccessor(String successorSubject, String actor, Instant at) {
        if (audience != ReportAudience.SUCCESSOR_AND_MISSION) {
            throw new ToolboxRuleException("toolbox.report.noSuccessor", "Only a handover note has a successor");
        }
        requireAuthor(actor, "toolbox.report.notAuthor");
        String clean = successorSubject == null ? "" : successorSubject.strip();
        if (clean.isEmpty()) {
            throw new ToolboxRuleException("toolbox.report.successorRequired", "Choose the person who takes over the post");
        }
        if (clean.equals(author)) {
            throw new ToolboxRuleException("toolbox.report.successorIsAuthor", "The successor is someone other than the author");
        }
        this.successor = clean;
        this.updatedAt = utc(at);
    }

    /** Who may read the report once published: the question the access policy asks. */
    public ReportReadership readership() {
        return audience == ReportAudience.SUCCESSOR_AND_MISSION
                ? new ReportReadership.SuccessorAndMission(mission, Optional.ofNullable(successor))
                : new ReportReadership.ByClassification(classification, mission);
    }

    private void requireAuthor(String actor, String key) {
        if (!author.equals(actor)) {
            throw new ToolboxAccessDenied(key, "Only the author changes or submits a report");
        }
    }

    private void requireEditable() {
        if (!status.isEditable()) {
            throw new ToolboxRuleException("toolbox.report.notEditable", "The report is " + status
                    + ": only a draft or a returned report can be changed or submitted", status.name());
        }
    }

    private void requireOwnVersion(DefinitionVersion version) {
        if (version.definition().getId() == null || version.definition().getId() != definitionId
                || version.number() != definitionVersion) {
            throw new IllegalArgumentException("Report " + id + " is written with version " + definitionVersion
                    + " of definition " + definitionId + ", not version " + version.number() + " of "
                    + version.definition().getId());
        }
    }

    private void requireReviewable(String reviewer, MissionCode reviewerMission) {
        if (status != ReportStatus.SUBMITTED) {
            throw new ToolboxRuleException("toolbox.report.notSubmitted", "The report is " + status
                    + ": only a submitted report is reviewed", status.name());
        }
        if (author.equals(reviewer)) {
            throw new ToolboxRuleException("toolbox.report.fourEyes",
                    "You wrote this report, so another Best Practices Officer must review it (four-eyes rule)");
        }
        if (!mission.equals(reviewerMission)) {
            throw new ToolboxAccessDenied("toolbox.report.otherMission", "A report of " + mission
                    + " is reviewed by that mission's Best Practices Officer", mission.getValue());
        }
    }

    private void move(ReportStatus to, String actor, Instant at, String reason) {
        steps.add(new ReportStep(status, to, actor, at, reason));
        this.status = to;
        this.updatedAt = utc(at);
    }

    private static String checkedTitle(String title) {
        String clean = title == null ? "" : title.strip();
        if (clean.isEmpty() || clean.length() > MAX_TITLE) {
            throw new ToolboxRuleException("toolbox.report.title", "Give the report a title of at most " + MAX_TITLE
                    + " characters", MAX_TITLE);
        }
        return clean;
    }

    private static LocalDateTime utc(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    public Long getId() {
        return id;
    }

    public long definitionId() {
        return definitionId;
    }

    public int definitionVersion() {
        return definitionVersion;
    }

    public String typeCode() {
        return typeCode;
    }

    public MissionCode mission() {
        return mission;
    }

    /** Who reads the report once published: by classification, or the successor and the mission (handover). */
    public ReportAudience audience() {
        return audience;
    }

    public String title() {
        return title;
    }

    public String author() {
        return author;
    }

    public ReportStatus status() {
        return status;
    }

    public boolean isPublished() {
        return status == ReportStatus.PUBLISHED;
    }

    /** Empty until published. */
    public Optional<Classification> classification() {
        return Optional.ofNullable(classification);
    }

    public Optional<String> successor() {
        return Optional.ofNullable(successor);
    }

    /** The values as last saved, decoded from their stored pieces. */
    public ReportValues values() {
        return ValueCodec.decode(values);
    }

    /** The thematic areas the report's THEMES fields name, by code, each once, in the order given. */
    public List<String> themes() {
        return values.stream().filter(v -> v.kind == FieldKind.THEMES && v.reference != null)
                .sorted(java.util.Comparator.<StoredValue>comparingInt(v -> v.row).thenComparingInt(v -> v.item))
                .map(v -> v.reference).distinct().toList();
    }

    public List<ReportStep> steps() {
        return List.copyOf(steps);
    }

    /** Why the reviewer last returned the report, while it is returned. */
    public Optional<String> returnReason() {
        return status != ReportStatus.RETURNED ? Optional.empty() : steps.get(steps.size() - 1).reason();
    }

    public Instant createdAt() {
        return createdAt.toInstant(ZoneOffset.UTC);
    }

    public Instant updatedAt() {
        return updatedAt.toInstant(ZoneOffset.UTC);
    }

    public Optional<Instant> publishedAt() {
        return Optional.ofNullable(publishedAt).map(t -> t.toInstant(ZoneOffset.UTC));
    }

    public long rowVersion() {
        return rowVersion;
    }
}
