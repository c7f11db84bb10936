package org.peaceops.intranet.documents.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.peaceops.intranet.documents.domain.guidance.DocumentVersion;
import org.peaceops.intranet.documents.domain.guidance.GuidanceDocument;
import org.peaceops.intranet.identity.domain.AccessDecision;
import org.peaceops.intranet.identity.domain.AccessPolicy;
import org.peaceops.intranet.identity.domain.Action;
import org.peaceops.intranet.identity.domain.ProtectedDocument;
import org.peaceops.intranet.platform.application.MissionNode;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.shared.refusal.AccessDenied;

/**
 * The guidance services' access check, answered by the one {@link AccessPolicy}: deny unless it
 * allows. Lifecycle steps are judged on the version they act on (the open one), reading the document on
 * the version in force, reading one version on that version too ({@link #checkVersion}). Only the system actor (daily timers) passes without a person's profile.
 */
@ApplicationScoped
public class PolicyBackedGuidanceAccess implements GuidanceAccessPolicy {

    private static final Map<GuidanceAction, Action> ACTIONS = Map.ofEntries(
            Map.entry(GuidanceAction.READ, Action.READ),
            Map.entry(GuidanceAction.EDIT_DRAFT, Action.EDIT_DRAFT),
            Map.entry(GuidanceAction.RECATALOGUE, Action.EDIT_DRAFT),
            Map.entry(GuidanceAction.SUBMIT, Action.SUBMIT_FOR_VALIDATION),
            Map.entry(GuidanceAction.APPROVE, Action.APPROVE),
            Map.entry(GuidanceAction.RETURN_TO_DRAFT, Action.RETURN_TO_DRAFT),
            Map.entry(GuidanceAction.PROMULGATE, Action.PROMULGATE),
            Map.entry(GuidanceAction.WITHDRAW, Action.WITHDRAW),
            Map.entry(GuidanceAction.ARCHIVE, Action.ARCHIVE));

    private final AccessPolicy policy = new AccessPolicy();

    /** On a mission node the catalogue is headquarters' copy (unset in unit tests: headquarters). */
    @Inject
    MissionNode node;

    @Override
    public void check(Caller actor, GuidanceAction action, GuidanceDocument document) {
        if (actor.isSystem()) {
            // The daily timers too: on a node, the review date is reached at headquarters and replicated.
            requireHeadquartersFor(action);
            return;
        }
        Caller user = actor.person()
                .orElseThrow(() -> new AccessDenied("workflow.denied", action + " denied: no signed-in person"));
        AccessDecision decision = switch (action) {
            case BROWSE -> AccessDecision.allow("every signed-in person browses; the listing query trims");
            case CREATE -> policy.decide(user, Action.CREATE_DRAFT, user.mission());
            case REVISE -> both(policy.decide(user, Action.CREATE_DRAFT, user.mission()),
                    policy.decide(user, Action.READ, describe(document, document.currentVersion())));
            case START_REVIEW -> AccessDecision.deny("the review date starts reviews");
            case DISCARD_DRAFT -> policy.discardDraft(user, describe(document, actedOn(action, document)));
            default -> policy.decide(user, ACTIONS.get(action), describe(document, actedOn(action, document)));
        };
        if (decision.allowed() && document != null) {
            decision = WriteScope.of(policy, user, action, document, actedOn(action, document));
        }
        if (!decision.allowed()) {
            throw new AccessDenied("workflow.denied", action + " denied: " + decision.reason());
        }
        requireHeadquartersFor(action);
    }

    private void requireHeadquartersFor(GuidanceAction action) {
        if (node != null && action != GuidanceAction.READ && action != GuidanceAction.BROWSE) {
            node.requireHeadquarters(action);
        }
    }

    @Override
    public void checkVersion(Caller actor, GuidanceDocument document, DocumentVersion version) {
        if (actor.isSystem()) {
            return;
        }
        Caller user = actor.person()
                .orElseThrow(() -> new AccessDenied("workflow.denied", "READ denied: no signed-in person"));
        AccessDecision decision = policy.decideVersion(user, Action.READ, describe(document, document.currentVersion()),
                describe(document, version));
        if (!decision.allowed()) {
            throw new AccessDenied("workflow.denied", "READ of version " + version.getNumber() + " denied: " + decision.reason());
        }
    }

    @Override
    public void checkFiling(Caller actor, String missionCode) {
        if (actor.isSystem()) {
            return;
        }
        Caller user = actor.person().orElseThrow(() -> new AccessDenied("workflow.denied", "Filing denied: no signed-in person"));
        AccessDecision decision = policy.fileIn(user, missionCode);
        if (!decision.allowed()) {
            throw new AccessDenied("workflow.denied", "Filing denied: " + decision.reason());
        }
    }

    private static AccessDecision both(AccessDecision first, AccessDecision second) {
        return first.allowed() ? second : first;
    }

    private static DocumentVersion actedOn(GuidanceAction action, GuidanceDocument document) {
        return switch (action) {
            case READ, WITHDRAW, ARCHIVE, REVISE -> document.currentVersion();
            default -> document.openVersion().orElseGet(document::currentVersion);
        };
    }

    static ProtectedDocument describe(GuidanceDocument document, DocumentVersion version) {
        return new ProtectedDocument(document.getClassification(), document.getMission().getValue(),
                version.getStatus().stage(), version.getAuthorSubject());
    }
}
