package org.peaceops.intranet.documents.application.demo;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Whether the start-up import of demo content is still to come or running. Kept apart from the import
 * (a singleton that holds its lock while it works) so the readiness check can ask without waiting:
 * a node that serves an empty library before its demo guidance is in is not ready yet.
 */
@ApplicationScoped
public class DemoContentStatus {

    /** Imports scheduled and not yet ended: the guidance's and the Toolbox's. */
    private final AtomicInteger pending = new AtomicInteger();

    public void importScheduled() {
        pending.incrementAndGet();
    }

    public void importSettled() {
        pending.updateAndGet(n -> Math.max(0, n - 1));
    }

    /** True while an import is scheduled or running; false when none is configured or all have ended. */
    public boolean isPending() {
        return pending.get() > 0;
    }
}
