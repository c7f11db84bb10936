package org.peaceops.intranet.documents.application.workflow;

import java.time.LocalDate;
import org.peaceops.intranet.documents.application.GuidanceAction;

/**
 * A lifecycle step asked for by a page or the API, as the person gave it.
 *
 * @param versionNumber the version to act on; {@code null} for the one the step is offered on (else the
 *                      open version, else the current one, so a step not on offer hears its real reason)
 * @param comment       the reason or remark, as typed (required where the domain says so)
 * @param effectiveDate for a promulgation, the day it takes effect; {@code null} means today
 */
public record StepCommand(long documentId, Integer versionNumber, GuidanceAction action, String comment,
        LocalDate effectiveDate) {
}
