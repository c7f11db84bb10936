package org.peaceops.intranet.toolbox.domain.definition;

/**
 * How complete a report's values must be. A draft may be saved half-typed, so that nothing is lost;
 * submission needs every required field.
 */
public enum Completeness {
    /** Every value must fit its field (kind, length, one value where one is allowed); gaps are fine. */
    DRAFT,
    /** As for a draft, and every required field (and required column of every row) given. */
    SUBMISSION
}
