package org.peaceops.intranet.toolbox.application;

import java.util.List;
import java.util.Optional;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.toolbox.domain.definition.FieldProblem;
import org.peaceops.intranet.toolbox.domain.definition.ReportValues;

/**
 * Writing a Toolbox report: start a draft of a type, save what was typed, see what is still missing,
 * submit it to the mission's Best Practices Officer. Refusals are the domain's
 * ({@link org.peaceops.intranet.toolbox.domain.ToolboxRuleException} and its kinds); a report the caller
 * may not write is reported as not found, so that its existence is not given away.
 */
public interface ReportDraftingService {

    /** A new draft with the type's current version, in the caller's mission; its id. */
    long startDraft(Caller caller, String typeCode, String title);

    /** Saves the title and values; on any field problem nothing is saved and every problem is given at once. */
    void saveDraft(Caller caller, long reportId, String title, ReportValues values);

    /** What would stop the report from being submitted now: empty when it can be. */
    List<FieldProblem> problemsBeforeSubmission(Caller caller, long reportId);

    void submit(Caller caller, long reportId);

    /** The types a new report can be written in, in their order. */
    List<ReportTypeSummary> reportTypes();

    /** The form of a type's current version; empty for an unknown or retired type. */
    Optional<ReportForm> form(String typeCode);

    /**
     * Files a report in one step: written with the type's current version in the caller's mission and
     * submitted to its Best Practices Officer. On any field problem nothing is stored and every problem
     * is given at once.
     */
    default Filing file(Caller caller, String typeCode, String title, ReportValues values) {
        return file(caller, typeCode, title, values, List.of());
    }

    /**
     * Files a report with its recommendations (blank rows of the form are skipped). A problem with a
     * recommendation is given under {@code Recommendation.PROPOSALS}, its row (1 for the first) and its
     * part ({@code text} or {@code office}); then nothing is stored.
     */
    Filing file(Caller caller, String typeCode, String title, ReportValues values,
            List<RecommendationProposal> proposals);

    /** The caller's own reports, most recently changed first. */
    List<MyReport> mine(Caller caller);

    /** One of the caller's reports that can still be changed (a draft, or returned by the reviewer). */
    Revision revision(Caller caller, long reportId);

    /**
     * Changes a returned report (or a draft) and submits it again, with the recommendations as now typed
     * (they replace the earlier ones: none was decided, as decisions wait for publication). On any
     * problem nothing changes and every problem is given at once, as in {@link #file}.
     */
    Filing resubmit(Caller caller, long reportId, String title, ReportValues values,
            List<RecommendationProposal> proposals);
}
