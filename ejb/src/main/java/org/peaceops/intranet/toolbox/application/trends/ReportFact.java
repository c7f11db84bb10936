package org.peaceops.intranet.toolbox.application.trends;

import java.time.YearMonth;

/** What trends know of one published report: its id, type, mission and month of publication. */
public record ReportFact(long reportId, String typeCode, String mission, YearMonth published) {
}
