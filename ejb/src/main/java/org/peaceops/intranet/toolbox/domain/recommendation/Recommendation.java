package org.peaceops.intranet.toolbox.domain.recommendation;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.peaceops.intranet.shared.MissionCode;
import org.peaceops.intranet.toolbox.domain.ToolboxAccessDenied;
import org.peaceops.intranet.toolbox.domain.ToolboxConflict;
import org.peaceops.intranet.toolbox.domain.ToolboxRuleException;
import org.peaceops.intranet.toolbox.domain.definition.FieldProblem;
import org.peaceops.intranet.toolbox.domain.report.ToolboxReport;

/**
 * An actionable recommendation of a Toolbox report, addressed to an office and tracked until acted on:
 * the first link of the chain lesson, recommendation, guidance, training. The author writes it with the
 * report; once the report is published the office decides (accept, reject with a reason, implement with
 * evidence) and it may lead to guidance. Its own aggregate: it is decided long after the report, by
 * other people, and the board lists it across reports.
 */
@Entity
@Table(name = "recommendation", schema = "toolbox")
public class Recommendation {

    public static final int MAX_TEXT = 4000;
    public static final int MAX_OFFICE = 200;
    public static final int MAX_REASON = 2000;
    /** The key problems with a report's recommendations are given under (no field of a type may use it). */
    public static final String PROPOSALS = "recommendations";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "recommendation_seq")
    @SequenceGenerator(name = "recommendation_seq", sequenceName = "toolbox.recommendation_seq", allocationSize = 1)
    private Long id;

    @Column(name = "report_id", nullable = false, updatable = false)
    private long reportId;

    @Column(name = "text", nullable = false, length = MAX_TEXT)
    private String text;

    @Column(name = "office_addressed", nullable = false, length = MAX_OFFICE)
    private String office;

    @Enumerated(EnumType.STRING)
    @Column(name = "priority", nullable = false, length = 10)
    private Priority priority;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private RecommendationStatus status;

    /** Why it was rejected, or the evidence that it was implemented. */
    @Column(name = "decision_note", length = MAX_REASON)
    private String decisionNote;

    @Column(name = "decided_by", length = 255)
    private String decidedBy;

    @Column(name = "decided_at")
    private LocalDateTime decidedAt;

    @Embedded
    private GuidanceLink guidance;

    @Column(name = "created_by", nullable = false, updatable = false, length = 255)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    protected Recommendation() {
        // for JPA
    }

    /** A new recommendation of a report its author is still writing. */
    public static Recommendation propose(ToolboxReport report, String text, String office, Priority priority,
            LocalDate dueDate, String actor, Instant at) {
        requireWriting(report, actor);
        Recommendation r = new Recommendation();
        r.reportId = Objects.requireNonNull(report.getId(), "a stored report");
        r.describe(text, office, priority, dueDate);
        r.status = RecommendationStatus.OPEN;
        r.createdBy = actor;
        r.createdAt = utc(at);
        return r;
    }

    /**
     * The recommendation a forwarded report carries (a community question raised for guidance): the
     * report is published as it is written, so the recommendation is tracked from the start, open.
     */
    public static Recommendation forwarded(ToolboxReport report, String text, String office, Priority priority,
            String actor, Instant at) {
        if (!report.isPublished() || !report.author().equals(actor)) {
            throw new IllegalArgumentException("A forwarded recommendation comes with its published report, by its author");
        }
        Recommendation r = new Recommendation();
        r.reportId = Objects.requireNonNull(report.getId(), "a stored report");
        r.describe(text, office, priority, null);
        r.status = RecommendationStatus.OPEN;
        r.createdBy = actor;
        r.createdAt = utc(at);
        return r;
    }

    /**
     * What would stop a recommendation from being proposed as given, one problem per part (row
     * {@code row} of the form's recommendations, column {@code text} or {@code office}), so that a
     * form can show each beside what was typed. Empty when it can be proposed.
     */
    public static List<FieldProblem> problemsOf(int row, String text, String office) {
        List<FieldProblem> problems = new ArrayList<>();
        String cleanText = text == null ? "" : text.strip();
        if (cleanText.isEmpty() || cleanText.length() > MAX_TEXT) {
            problems.add(new FieldProblem(PROPOSALS, row, "text", "toolbox.recommendation.text", List.of(MAX_TEXT)));
        }
        String cleanOffice = office == null ? "" : office.strip();
        if (cleanOffice.isEmpty() || cleanOffice.length() > MAX_OFFICE) {
            problems.add(new FieldProblem(PROPOSALS, row, "office", "toolbox.recommendation.office", List.of(MAX_OFFICE)));
        }
        return problems;
    }

    /** Changes what it says while the report is still being written. */
    public void revise(ToolboxReport report, String newText, String newOffice, Priority newPriority, LocalDate newDue,
            String actor) {
        requireOwnReport(report);
        requireWriting(report, actor);
        describe(newText, newOffice, newPriority, newDue);
    }

    /** Accepted by the office: it will act on it (and then give the evidence that it did). */
    public void accept(ToolboxReport report, Decider decider, Instant at) {
        requireDecider(report, decider);
        requireStatus(RecommendationStatus.OPEN);
        decide(RecommendationStatus.ACCEPTED, null, decider.subject(), at);
    }

    /** Rejected with a reason, from open or from accepted (accepted, then found not feasible). */
    public void reject(ToolboxReport report, String reason, Decider decider, Instant at) {
        requireDecider(report, decider);
        if (!status.isPending()) {
            throw notNow();
        }
        decide(RecommendationStatus.REJECTED, note(reason, "toolbox.recommendation.reasonRequired"), decider.subject(), at);
    }

    /** Implemented, with the evidence (what was done, where to see it). Only an accepted one. */
    public void implement(ToolboxReport report, String evidence, Decider decider, Instant at) {
        requireDecider(report, decider);
        requireStatus(RecommendationStatus.ACCEPTED);
        decide(RecommendationStatus.IMPLEMENTED, note(evidence, "toolbox.recommendation.evidenceRequired"),
                decider.subject(), at);
    }

    /**
     * Ties it to the guidance it led to. Acting on an open recommendation this way is accepting it; a
     * rejected one leads nowhere. A later link replaces an earlier one (a newer version, a better document).
     */
    public void linkTo(ToolboxReport report, GuidanceLink link, Decider decider, Instant at) {
        requireMayLeadToGuidance(report, decider);
        if (link.equals(guidance)) {
            throw new ToolboxRuleException("toolbox.recommendation.alreadyLinked",
                    "The recommendation already leads to " + link);
        }
        this.guidance = Objects.requireNonNull(link, "link");
        if (status == RecommendationStatus.OPEN) {
            decide(RecommendationStatus.ACCEPTED, null, decider.subject(), at);
        }
    }

    /**
     * Checks, before anything is done on its behalf (a guidance draft started), that {@code decider}
     * may tie this recommendation to guidance: a decider of its published report, and not rejected.
     */
    public void requireMayLeadToGuidance(ToolboxReport report, Decider decider) {
        requireDecider(report, decider);
        if (status == RecommendationStatus.REJECTED) {
            throw new ToolboxRuleException("toolbox.recommendation.rejectedNoGuidance",
                    "A rejected recommendation does not lead to guidance");
        }
    }

    /** Whether {@code decider} could tie it to guidance now, for a page to offer it. */
    public boolean mayLeadToGuidanceBy(Decider decider, MissionCode reportMission, String reportAuthor) {
        return status != RecommendationStatus.REJECTED && decider.decidesIn(reportMission)
                && !reportAuthor.equals(decider.subject());
    }

    /**
     * Checks that the recommendation is still as the person saw it ({@code seenVersion}, the row version
     * their page showed): of two officers deciding at once, the second is told instead of overwriting
     * the first one's decision unseen.
     */
    public void requireUnchangedSince(long seenVersion) {
        if (seenVersion != rowVersion) {
            throw new ToolboxConflict("toolbox.recommendation.changed", "Recommendation " + id
                    + " changed since it was shown (now " + status + ")", status.name());
        }
    }

    /** Taken back by the author while the report is still being written (a returned report, revised). */
    public void withdraw(ToolboxReport report, String actor) {
        requireOwnReport(report);
        requireWriting(report, actor);
    }

    /** Still owed an action after its due date. One without a due date is never overdue. */
    public boolean isOverdue(LocalDate today) {
        return status.isPending() && dueDate != null && dueDate.isBefore(today);
    }

    /** How many days past its due date it is still owed an action; zero when it is not overdue. */
    public long daysOverdue(LocalDate today) {
        return isOverdue(today) ? java.time.temporal.ChronoUnit.DAYS.between(dueDate, today) : 0;
    }

    private void describe(String newText, String newOffice, Priority newPriority, LocalDate newDue) {
        String cleanText = newText == null ? "" : newText.strip();
        if (cleanText.isEmpty() || cleanText.length() > MAX_TEXT) {
            throw new ToolboxRuleException("toolbox.recommendation.text",
                    "Say what is recommended, in at most " + MAX_TEXT + " characters", MAX_TEXT);
        }
        String cleanOffice = newOffice == null ? "" : newOffice.strip();
        if (cleanOffice.isEmpty() || cleanOffice.length() > MAX_OFFICE) {
            throw new ToolboxRuleException("toolbox.recommendation.office",
                    "Name the office the recommendation is addressed to, in at most " + MAX_OFFICE + " characters",
                    MAX_OFFICE);
        }
        this.text = cleanText;
        this.office = cleanOffice;
        this.priority = Objects.requireNonNull(newPriority, "priority");
        this.dueDate = newDue;
    }

    private void decide(RecommendationStatus to, String note, String actor, Instant at) {
        this.status = to;
        this.decisionNote = note;
        this.decidedBy = Objects.requireNonNull(actor, "actor");
        this.decidedAt = utc(at);
    }

    private static String note(String value, String key) {
        String clean = value == null ? "" : value.strip();
        if (clean.isEmpty() || clean.length() > MAX_REASON) {
            throw new ToolboxRuleException(key, "Say why, in at most " + MAX_REASON + " characters", MAX_REASON);
        }
        return clean;
    }

    private static void requireWriting(ToolboxReport report, String actor) {
        if (!report.author().equals(actor)) {
            throw new ToolboxAccessDenied("toolbox.report.notAuthor", "Only the author changes or submits a report");
        }
        if (!report.status().isEditable()) {
            throw new ToolboxRuleException("toolbox.report.notEditable", "The report is " + report.status()
                    + ": only a draft or a returned report can be changed or submitted", report.status().name());
        }
    }

    /**
     * Decisions wait for publication, and are the report's mission's: its Best Practices Officer (or an
     * administrator) decides, never the report's author, who would otherwise judge their own proposal.
     */
    private void requireDecider(ToolboxReport report, Decider decider) {
        requireTracked(report);
        Objects.requireNonNull(decider, "decider");
        if (!decider.decidesIn(report.mission())) {
            throw new ToolboxAccessDenied("toolbox.recommendation.notDecider", "The recommendations of a report of "
                    + report.mission() + " are decided by that mission's Best Practices Officer",
                    report.mission().getValue());
        }
        if (report.author().equals(decider.subject())) {
            throw new ToolboxRuleException("toolbox.recommendation.ownReport",
                    "You wrote this report: another officer decides on its recommendations");
        }
    }

    /**
     * Whether {@code decider} could act on it now, for a board to offer the actions: still pending, and
     * they decide in the report's mission and did not write the report (the rules the actions enforce).
     */
    public boolean isDecidableBy(Decider decider, MissionCode reportMission, String reportAuthor) {
        return status.isPending() && decider.decidesIn(reportMission) && !reportAuthor.equals(decider.subject());
    }

    /** Decisions wait for publication: before that the recommendation is only the author's proposal. */
    private void requireTracked(ToolboxReport report) {
        requireOwnReport(report);
        if (!report.isPublished()) {
            throw new ToolboxRuleException("toolbox.recommendation.notPublished",
                    "A recommendation is decided once its report is published");
        }
    }

    private void requireOwnReport(ToolboxReport report) {
        if (!Objects.equals(report.getId(), reportId)) {
            throw new IllegalArgumentException("Recommendation " + id + " belongs to report " + reportId
                    + ", not " + report.getId());
        }
    }

    private void requireStatus(RecommendationStatus expected) {
        if (status != expected) {
            throw notNow();
        }
    }

    private ToolboxRuleException notNow() {
        return new ToolboxRuleException("toolbox.recommendation.notNow", "The recommendation is " + status
                + " already", status.name());
    }

    private static LocalDateTime utc(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    public Long getId() {
        return id;
    }

    public long reportId() {
        return reportId;
    }

    public String text() {
        return text;
    }

    public String office() {
        return office;
    }

    public Priority priority() {
        return priority;
    }

    public Optional<LocalDate> dueDate() {
        return Optional.ofNullable(dueDate);
    }

    public RecommendationStatus status() {
        return status;
    }

    /** The reason of a rejection or the evidence of an implementation. */
    public Optional<String> decisionNote() {
        return Optional.ofNullable(decisionNote);
    }

    public Optional<String> decidedBy() {
        return Optional.ofNullable(decidedBy);
    }

    public Optional<Instant> decidedAt() {
        return Optional.ofNullable(decidedAt).map(t -> t.toInstant(ZoneOffset.UTC));
    }

    /** EclipseLink leaves an embeddable whose columns are all null as null. */
    public Optional<GuidanceLink> guidance() {
        return Optional.ofNullable(guidance).filter(g -> g.origin() != null);
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt.toInstant(ZoneOffset.UTC);
    }

    /** The row version: what a page shows it with, so that a decision on a stale view is refused. */
    public long rowVersion() {
        return rowVersion;
    }
}
