package org.peaceops.intranet.documents.application.workflow;

import java.io.Serializable;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.peaceops.intranet.documents.application.GuidanceAction;

/**
 * The steps an actor may take on one document now, each with the version it acts on. Computed from
 * the same access policy and lifecycle graph the services enforce, so a button shown is a step allowed
 * (the service still checks again: the document may change in between).
 */
public class AvailableSteps implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<GuidanceAction, Integer> versions;

    AvailableSteps(Map<GuidanceAction, Integer> versions) {
        this.versions = versions.isEmpty() ? Collections.emptyMap() : Collections.unmodifiableMap(new EnumMap<>(versions));
    }

    public static AvailableSteps none() {
        return new AvailableSteps(Map.of());
    }

    public boolean allows(GuidanceAction action) {
        return versions.containsKey(action);
    }

    /** For EL: {@code steps.may('APPROVE')}. */
    public boolean may(String action) {
        return allows(GuidanceAction.valueOf(action));
    }

    /** The number of the version the step acts on. */
    public int versionFor(GuidanceAction action) {
        Integer number = versions.get(action);
        if (number == null) {
            throw new IllegalStateException(action + " is not available");
        }
        return number;
    }

    public boolean isEmpty() {
        return versions.isEmpty();
    }

    public Map<GuidanceAction, Integer> asMap() {
        return versions;
    }
}
