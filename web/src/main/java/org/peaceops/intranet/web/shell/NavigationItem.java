package org.peaceops.intranet.web.shell;

import java.io.Serializable;

/** One entry of the main navigation: a bundle key, a Faces outcome, an icon. */
public class NavigationItem implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String id;
    private final String labelKey;
    private final String outcome;
    private final String icon;

    public NavigationItem(String id, String labelKey, String outcome, String icon) {
        this.id = id;
        this.labelKey = labelKey;
        this.outcome = outcome;
        this.icon = icon;
    }

    public String getId() {
        return id;
    }

    public String getLabelKey() {
        return labelKey;
    }

    public String getOutcome() {
        return outcome;
    }

    public String getIcon() {
        return icon;
    }
}
