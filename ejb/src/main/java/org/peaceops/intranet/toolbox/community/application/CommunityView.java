package org.peaceops.intranet.toolbox.community.application;

import java.io.Serializable;
import java.util.List;
import org.peaceops.intranet.toolbox.community.domain.Specialty;

/**
 * A community as one person sees it: its members and moderators, the questions they may see (published
 * ones, their own and, for a moderator, those awaiting moderation), and what they may do there.
 */
public record CommunityView(long id, String name, Specialty specialty, String description, List<MemberView> members,
        List<QuestionSummary> questions, boolean member, boolean moderator, long rowVersion) implements Serializable {

    public List<MemberView> moderators() {
        return members.stream().filter(MemberView::moderator).toList();
    }
}
