package org.peaceops.intranet.training.refresher.domain;

import java.util.Locale;

/**
 * When the refreshers of an updated course are assigned ({@code intranet.training.refresher-mode}): as
 * soon as it is published, or once a trainer has looked at who owes it and confirmed.
 */
public enum RefresherMode {
    AUTOMATIC, CONFIRM;

    /** The setting's value, case-insensitive; anything else is a configuration mistake, said at once. */
    public static RefresherMode of(String setting) {
        String value = setting == null ? "" : setting.strip().toUpperCase(Locale.ROOT);
        for (RefresherMode mode : values()) {
            if (mode.name().equals(value)) {
                return mode;
            }
        }
        throw new IllegalArgumentException("intranet.training.refresher-mode is automatic or confirm, not: " + setting);
    }
}
