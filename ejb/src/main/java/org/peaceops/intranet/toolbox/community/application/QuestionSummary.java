package org.peaceops.intranet.toolbox.community.application;

import java.io.Serializable;
import java.time.Instant;
import org.peaceops.intranet.toolbox.community.domain.PostStatus;

/** A question as its community's page lists it, with the number of its published answers. */
public record QuestionSummary(long id, String title, String author, PostStatus status, Instant createdAt, long answers,
        boolean raisedForGuidance) implements Serializable {
}
