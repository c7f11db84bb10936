package org.peaceops.intranet.toolbox.application;

/**
 * A recommendation on the board: the recommendation, its report's id, title and mission, and whether the
 * caller may act on it now (their mission's Best Practices Officer or an administrator, not its author).
 */
public record BoardRow(RecommendationItem item, String reportTitle, String mission, boolean decidable) {
}
