package org.peaceops.intranet.toolbox.application.internal;

import org.peaceops.intranet.identity.application.AccessControl;
import org.peaceops.intranet.identity.domain.Action;
import org.peaceops.intranet.identity.domain.ProtectedDocument;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.shared.MissionCode;
import org.peaceops.intranet.shared.PublicationStage;
import org.peaceops.intranet.toolbox.domain.recommendation.BoardReader;
import org.peaceops.intranet.toolbox.domain.recommendation.Decider;
import org.peaceops.intranet.toolbox.domain.report.ReportReadership;
import org.peaceops.intranet.toolbox.domain.report.ReportStatus;
import org.peaceops.intranet.toolbox.domain.report.ToolboxReport;
import org.peaceops.intranet.shared.Role;

/** Who reads a report and who acts on it, as the Toolbox services ask it, through the access policy. */
final class ReportReaders {

    private final AccessControl access;

    ReportReaders(AccessControl access) {
        this.access = access;
    }

    /**
     * The author, in any state; the mission's officer from submission on; once published, the readers
     * its readership admits: a handover note its successor and its mission, others as the access policy
     * reads guidance of that classification and mission. Processes read no report here.
     */
    boolean mayRead(Caller caller, ToolboxReport report) {
        if (!caller.isPerson()) {
            return false;
        }
        if (report.author().equals(caller.subject())) {
            return true;
        }
        if ((report.status() == ReportStatus.SUBMITTED || report.status() == ReportStatus.PUBLISHED)
                && access.may(caller, Action.REVIEW_REPORTS, report.mission().getValue())) {
            return true;
        }
        if (!report.isPublished()) {
            return false;
        }
        ReportReadership readership = report.readership();
        if (readership instanceof ReportReadership.SuccessorAndMission handover) {
            return handover.admits(caller.subject(), new MissionCode(caller.mission()));
        }
        ReportReadership.ByClassification byClass = (ReportReadership.ByClassification) readership;
        return access.may(caller, Action.READ, new ProtectedDocument(byClass.classification(),
                byClass.mission().getValue(), PublicationStage.IN_FORCE, report.author()));
    }

    /** The same rule for a published report, as the board's query applies it. */
    static BoardReader boardReader(Caller caller) {
        return new BoardReader(caller.subject(), new MissionCode(caller.mission()), caller.atHeadquarters());
    }

    /** The caller as the recommendation's rules judge a decider. */
    static Decider decider(Caller caller) {
        return new Decider(caller.subject(), new MissionCode(caller.mission()), caller.hasRole(Role.BPO),
                caller.hasRole(Role.ADMIN));
    }
}
