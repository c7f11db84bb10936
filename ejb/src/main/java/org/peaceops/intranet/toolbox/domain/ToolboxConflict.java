package org.peaceops.intranet.toolbox.domain;

import org.peaceops.intranet.shared.refusal.Conflict;

/**
 * What the person acted on changed since they saw it (another officer decided first): nothing was done,
 * and they are told so, with the key naming the case for the EN/FR bundles.
 */
public class ToolboxConflict extends Conflict {

    private static final long serialVersionUID = 1L;

    public ToolboxConflict(String key, String message, Object... arguments) {
        super(key, message, arguments);
    }
}
