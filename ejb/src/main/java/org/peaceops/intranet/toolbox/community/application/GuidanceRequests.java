package org.peaceops.intranet.toolbox.community.application;

import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.toolbox.community.domain.Community;
import org.peaceops.intranet.toolbox.community.domain.Question;

/** Where a question raised for guidance goes: a recommendation to the policy office, on the Toolbox board. */
public interface GuidanceRequests {

    /** The office such recommendations are addressed to. */
    String POLICY_OFFICE = "Policy and Best Practices Service";

    /** Puts the question on the board; returns the recommendation's id. */
    long raise(Caller moderator, Community community, Question question);
}
