package org.peaceops.intranet.training.compliance.application;

import java.util.List;
import org.peaceops.intranet.training.compliance.domain.ComplianceRow;

/** One page of a drill-down list, with the length of the whole list (the figure it explains). */
public record CompliancePage(long total, int first, List<ComplianceRow> rows) {
}
