package org.peaceops.intranet.toolbox.application;

import org.peaceops.intranet.shared.Caller;

/**
 * Reading one Toolbox report. A published report is read as its readership allows (by classification and
 * mission, as guidance is; a handover note by its successor and its mission only); its author reads it
 * in any state, and its mission's Best Practices Officer once it is submitted. Anyone else is told it
 * does not exist, so that a report of another mission is not given away.
 */
public interface ReportReading {

    /** @throws ReportNotFoundException when there is no such report or the caller may not read it */
    ReportView open(Caller caller, long reportId);
}
