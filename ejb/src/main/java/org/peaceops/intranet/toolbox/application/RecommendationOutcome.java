package org.peaceops.intranet.toolbox.application;

import java.io.Serializable;
import java.util.Optional;

/**
 * What became of one recommendation: its status, the guidance it leads to if any, and whether the
 * caller could act on it now (decide, link, request drafting).
 */
public record RecommendationOutcome(long recommendationId, String status, long rowVersion,
        Optional<LinkedGuidance> guidance, boolean linkable) implements Serializable {
}
