package org.peaceops.intranet.toolbox.domain;

import org.peaceops.intranet.shared.refusal.AccessDenied;

/**
 * The person acting may not do this to the report (not its author, not its mission's officer, not a
 * contributor). The key names the reason for the EN/FR bundles.
 */
public class ToolboxAccessDenied extends AccessDenied {

    private static final long serialVersionUID = 1L;

    public ToolboxAccessDenied(String key, String message, Object... arguments) {
        super(key, message, arguments);
    }
}
