package org.peaceops.intranet.toolbox.application;

import java.time.Instant;
import java.util.Optional;
import org.peaceops.intranet.shared.BilingualText;
import org.peaceops.intranet.toolbox.domain.report.ReportStatus;

/** One of the caller's own reports as their list shows it; a returned one says why it came back. */
public record MyReport(long id, String typeCode, BilingualText typeName, String title, ReportStatus status,
        Instant updatedAt, Optional<String> returnReason) {

    /** A returned report (or a draft) can be changed and submitted again. */
    public boolean isEditable() {
        return status.isEditable();
    }
}
