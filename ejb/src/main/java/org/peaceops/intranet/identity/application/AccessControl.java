package org.peaceops.intranet.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.peaceops.intranet.identity.domain.AccessDecision;
import org.peaceops.intranet.identity.domain.AccessPolicy;
import org.peaceops.intranet.identity.domain.Action;
import org.peaceops.intranet.identity.domain.ProtectedDocument;
import org.peaceops.intranet.platform.application.MissionNode;
import org.peaceops.intranet.shared.Caller;

/** The access policy as application services use it: ask, or require (throwing when denied). */
@ApplicationScoped
public class AccessControl {

    private static final Logger LOG = Logger.getLogger(AccessControl.class.getName());
    private final AccessPolicy policy = new AccessPolicy();

    /** On a mission node, every change the policy rules on is headquarters' (unset in unit tests: headquarters). */
    @Inject
    MissionNode node;

    public boolean may(Caller user, Action action, ProtectedDocument document) {
        return policy.decide(user, action, document).allowed();
    }

    public void require(Caller user, Action action, ProtectedDocument document) {
        check(user, action, policy.decide(user, action, document));
        requireHeadquartersFor(action);
    }

    public boolean may(Caller user, Action action, String missionScope) {
        return policy.decide(user, action, missionScope).allowed();
    }

    public void require(Caller user, Action action, String missionScope) {
        check(user, action, policy.decide(user, action, missionScope));
        requireHeadquartersFor(action);
    }

    /** After the permission: someone who may not do it is told so, wherever they are. */
    private void requireHeadquartersFor(Action action) {
        if (node != null && action != Action.READ && action != Action.DOWNLOAD) {
            node.requireHeadquarters(action);
        }
    }

    private static void check(Caller user, Action action, AccessDecision decision) {
        if (!decision.allowed()) {
            LOG.info(() -> "Denied " + action + " to " + user.subject() + ": " + decision.reason());
            // Training and review pages say what the person may not manage; elsewhere a plain "you may not do this".
            String key = switch (action) {
                case MANAGE_TRAINING -> "training.error.denied";
                case REVIEW_REPORTS -> "toolbox.review.denied";
                default -> "refusal.denied";
            };
            throw new AccessDeniedException(key, action + " denied: " + decision.reason());
        }
    }
}
