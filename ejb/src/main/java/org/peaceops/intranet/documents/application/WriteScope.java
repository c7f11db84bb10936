package org.peaceops.intranet.documents.application;

import org.peaceops.intranet.documents.domain.guidance.Cataloguing;
import org.peaceops.intranet.documents.domain.guidance.DocumentVersion;
import org.peaceops.intranet.documents.domain.guidance.GuidanceDocument;
import org.peaceops.intranet.identity.domain.AccessDecision;
import org.peaceops.intranet.identity.domain.AccessPolicy;
import org.peaceops.intranet.shared.Caller;

/**
 * The mission side of a write, asked after the role and status rules allowed it: drafting stays within
 * the drafter's mission or headquarters guidance, validating within the approver's mission (headquarters
 * approvers everywhere), and a version that proposes to re-file its document must be within the
 * approver's scope under both its present and its proposed mission. Four eyes covers every editor.
 */
final class WriteScope {

    private WriteScope() {
    }

    static AccessDecision of(AccessPolicy policy, Caller user, GuidanceAction action, GuidanceDocument document,
            DocumentVersion version) {
        String mission = document.getMission().getValue();
        String proposed = version.getProposedCataloguing().map(Cataloguing::mission).map(m -> m.getValue()).orElse(mission);
        return switch (action) {
            case REVISE, EDIT_DRAFT, RECATALOGUE, SUBMIT -> policy.fileIn(user, mission);
            case APPROVE -> all(policy.validateIn(user, mission), policy.validateIn(user, proposed),
                    policy.approveAsOutsider(user, version.getEditors()));
            case PROMULGATE -> all(policy.validateIn(user, mission), policy.validateIn(user, proposed));
            case RETURN_TO_DRAFT, WITHDRAW, ARCHIVE -> policy.validateIn(user, mission);
            default -> AccessDecision.allow("no mission scope");
        };
    }

    private static AccessDecision all(AccessDecision... decisions) {
        for (AccessDecision d : decisions) {
            if (!d.allowed()) {
                return d;
            }
        }
        return decisions[decisions.length - 1];
    }
}
