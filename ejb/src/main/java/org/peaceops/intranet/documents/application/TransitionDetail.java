package org.peaceops.intranet.documents.application;

import java.io.Serializable;
import java.time.Instant;
import org.peaceops.intranet.documents.domain.LifecycleStatus;
import org.peaceops.intranet.documents.domain.guidance.LifecycleTransition;

/** One step of a version's history, for the history page. */
public class TransitionDetail implements Serializable {

    private static final long serialVersionUID = 1L;

    private final LifecycleStatus from;
    private final LifecycleStatus to;
    private final String actorSubject;
    private final Instant occurredAt;
    private final String comment;

    TransitionDetail(LifecycleTransition t) {
        this.from = t.getFrom().orElse(null);
        this.to = t.getTo();
        this.actorSubject = t.getActorSubject();
        this.occurredAt = t.getOccurredAt();
        this.comment = t.getComment().orElse(null);
    }

    /** {@code null} for the creation of the version. */
    public LifecycleStatus getFrom() {
        return from;
    }

    public LifecycleStatus getTo() {
        return to;
    }

    public String getActorSubject() {
        return actorSubject;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getComment() {
        return comment;
    }
}
