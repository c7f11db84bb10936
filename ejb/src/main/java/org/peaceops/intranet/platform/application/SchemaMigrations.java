package org.peaceops.intranet.platform.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers which bounded contexts have migrated their schema in this run, so readiness can say
 * "not yet" until every context is done, and name the one that failed.
 */
@ApplicationScoped
public class SchemaMigrations {

    private final Map<String, String> outcomes = new ConcurrentHashMap<>();

    public void migrated(String context, int applied, String version) {
        outcomes.put(context, "migrated to " + version + " (" + applied + " applied now)");
    }

    public void failed(String context, Exception cause) {
        outcomes.put(context, "FAILED: " + cause.getMessage());
    }

    public boolean isMigrated(String context) {
        String outcome = outcomes.get(context);
        return outcome != null && !outcome.startsWith("FAILED");
    }

    public Map<String, String> outcomes() {
        return Map.copyOf(outcomes);
    }
}
