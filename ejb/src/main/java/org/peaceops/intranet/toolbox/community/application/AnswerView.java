package org.peaceops.intranet.toolbox.community.application;

import java.io.Serializable;
import java.time.Instant;
import org.peaceops.intranet.toolbox.community.domain.PostStatus;

/** An answer as a reader sees it; {@code bodyHtml} is sanitised. */
public record AnswerView(long id, String bodyHtml, String author, PostStatus status, Instant createdAt, long rowVersion)
        implements Serializable {
}
