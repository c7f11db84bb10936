package org.peaceops.intranet.toolbox.application.trends;

import java.time.YearMonth;
import java.util.List;

/**
 * What trends know of one published report: its id, type, mission, month of publication and the codes
 * of its thematic areas (none for a report written before its type had a themes field).
 */
public record ReportFact(long reportId, String typeCode, String mission, YearMonth published, List<String> themes) {

    public ReportFact {
        themes = themes == null ? List.of() : List.copyOf(themes.stream().distinct().toList());
    }

    public ReportFact(long reportId, String typeCode, String mission, YearMonth published) {
        this(reportId, typeCode, mission, published, List.of());
    }
}
