package org.peaceops.intranet.web.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.peaceops.intranet.training.compliance.domain.ComplianceFigure;
import org.peaceops.intranet.training.compliance.domain.ComplianceFigures;

/**
 * A compliance dashboard over REST: a count per figure (each the {@code total} of
 * {@code GET /v1/training/compliance/{figure}} with the same filters), the share compliant, the 24-month
 * trend and the training gap per contributing country.
 */
public record ComplianceFiguresResponse(Map<String, Long> counts, String percentCompliant, List<Month> trend,
        List<Gap> gaps) {

    /** One month of the trend, {@code yyyy-mm}. */
    public record Month(String month, long completions) {
    }

    /** People of one contributing country ("-": none known) who arrived without a verified attestation. */
    public record Gap(String country, long people) {
    }

    static ComplianceFiguresResponse of(ComplianceFigures figures) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (ComplianceFigure f : ComplianceFigure.values()) {
            if (f != ComplianceFigure.COMPLETED_IN_MONTH) {
                counts.put(f.name(), figures.count(f));
            }
        }
        return new ComplianceFiguresResponse(counts, figures.percentCompliant().toPlainString(),
                figures.trend().stream().map(p -> new Month(p.month().toString(), p.count())).toList(),
                figures.gaps().stream().map(g -> new Gap(g.country(), g.people())).toList());
    }
}
