package org.peaceops.intranet.toolbox.domain.recommendation;

/** How urgently the office addressed should act, highest first (the board's default sort). */
public enum Priority {
    HIGH, MEDIUM, LOW
}
