package org.peaceops.intranet.documents.application.demo;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Whether the start-up import of demo content is still to come or running. Kept apart from the import
 * (a singleton that holds its lock while it works) so the readiness check can ask without waiting:
 * a node that serves an empty library before its demo guidance is in is not ready yet.
 */
@ApplicationScoped
public class DemoContentStatus {

    private volatile boolean pending;

    void importScheduled() {
        pending = true;
    }

    void importSettled() {
        pending = false;
    }

    /** True while an import is scheduled or running; false when none is configured or it has ended. */
    public boolean isPending() {
        return pending;
    }
}
