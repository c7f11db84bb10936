package org.peaceops.intranet.toolbox.application;

import org.peaceops.intranet.shared.BilingualText;

/** A report type one can file now: its code, its name in both languages, the version a new report gets. */
public record ReportTypeSummary(String code, BilingualText name, int version) {
}
