package org.peaceops.intranet.identity.domain;

import java.util.Objects;
import org.peaceops.intranet.documents.domain.Classification;
import org.peaceops.intranet.documents.domain.LifecycleStatus;
import org.peaceops.intranet.shared.Caller;

/**
 * What the access policy needs to know of a document version: its classification, owning mission
 * ("HQ" for headquarters), lifecycle status and author. Built by the documents context from its
 * aggregate, so the policy never depends on the document model itself.
 */
public final class ProtectedDocument {

    private final Classification classification;
    private final String owningMission;
    private final LifecycleStatus status;
    private final String authorSubject;

    public ProtectedDocument(Classification classification, String owningMission, LifecycleStatus status,
            String authorSubject) {
        this.classification = Objects.requireNonNull(classification, "classification");
        this.owningMission = Objects.requireNonNull(owningMission, "owningMission");
        this.status = Objects.requireNonNull(status, "status");
        this.authorSubject = Objects.requireNonNull(authorSubject, "authorSubject");
    }

    public Classification classification() {
        return classification;
    }

    public String owningMission() {
        return owningMission;
    }

    public LifecycleStatus status() {
        return status;
    }

    public boolean isAuthoredBy(Caller user) {
        return authorSubject.equals(user.subject());
    }
}
