package org.peaceops.intranet.identity.domain;

import java.util.Objects;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.shared.Classification;
import org.peaceops.intranet.shared.PublicationStage;

/**
 * What the access policy needs to know of a document version: its classification, owning mission
 * ("HQ" for headquarters), publication stage and author. Built by the documents context from its
 * aggregate, so the policy never depends on the document model itself.
 */
public final class ProtectedDocument {

    private final Classification classification;
    private final String owningMission;
    private final PublicationStage stage;
    private final String authorSubject;

    public ProtectedDocument(Classification classification, String owningMission, PublicationStage stage,
            String authorSubject) {
        this.classification = Objects.requireNonNull(classification, "classification");
        this.owningMission = Objects.requireNonNull(owningMission, "owningMission");
        this.stage = Objects.requireNonNull(stage, "stage");
        this.authorSubject = Objects.requireNonNull(authorSubject, "authorSubject");
    }

    public Classification classification() {
        return classification;
    }

    public String owningMission() {
        return owningMission;
    }

    public PublicationStage stage() {
        return stage;
    }

    public boolean isAuthoredBy(Caller user) {
        return authorSubject.equals(user.subject());
    }
}
