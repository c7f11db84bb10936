package org.peaceops.intranet.training.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.peaceops.intranet.documents.application.GuidancePromulgated;
import org.peaceops.intranet.documents.application.GuidanceWithdrawn;

/**
 * Listens to the documents context (by event, ARCHITECTURE.md): only once the promulgation has
 * committed, so training never reacts to a version that was rolled back.
 */
@ApplicationScoped
public class GuidanceRevisionObserver {

    private static final Logger LOG = Logger.getLogger(GuidanceRevisionObserver.class.getName());

    @Inject
    GuidanceRevisions revisions;

    void onPromulgated(@Observes(during = TransactionPhase.AFTER_SUCCESS) GuidancePromulgated event) {
        if (event.getSupersededVersionNumber() == null) {
            return; // a first promulgation supersedes nothing: no course can cite an older version
        }
        try {
            revisions.revised(event.getDocumentId(), event.getVersionNumber());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Training could not react to guidance " + event.getDocumentId() + " v"
                    + event.getVersionNumber(), e);
        }
    }

    void onWithdrawn(@Observes(during = TransactionPhase.AFTER_SUCCESS) GuidanceWithdrawn event) {
        try {
            revisions.withdrawn(event.getDocumentId(), event.getVersionNumber());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Training could not react to the withdrawal of guidance " + event.getDocumentId()
                    + " v" + event.getVersionNumber(), e);
        }
    }
}
