package org.peaceops.intranet.toolbox.community.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.peaceops.intranet.toolbox.community.domain.PostStatus;

/**
 * A question as one person sees it: the answers they may see, the linked documents they may read (the
 * others are left out), and what they may do ({@code member} answers, {@code moderator} moderates and
 * raises for guidance, {@code mayLink} links documents). {@code bodyHtml} is sanitised.
 */
public record QuestionView(long id, long communityId, String communityName, String title, String bodyHtml,
        String author, PostStatus status, Instant createdAt, List<LinkedDocument> documents, List<AnswerView> answers,
        boolean member, boolean moderator, boolean mayLink, Long recommendationId, long rowVersion)
        implements Serializable {

    public boolean isRaisedForGuidance() {
        return recommendationId != null;
    }

    public boolean isPublished() {
        return status == PostStatus.PUBLISHED;
    }
}
