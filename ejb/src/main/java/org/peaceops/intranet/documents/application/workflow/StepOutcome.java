package org.peaceops.intranet.documents.application.workflow;

import org.peaceops.intranet.documents.application.GuidanceAction;

/**
 * What a step did: on which version, the new draft's number after a revision, and whether discarding
 * the draft removed the whole document (it was its only version).
 */
public record StepOutcome(GuidanceAction action, int versionNumber, Integer newVersionNumber, boolean documentRemoved) {
}
