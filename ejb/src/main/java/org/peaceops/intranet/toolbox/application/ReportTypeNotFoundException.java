package org.peaceops.intranet.toolbox.application;

import org.peaceops.intranet.shared.refusal.NotFound;

/** No report type has the code asked for. */
public class ReportTypeNotFoundException extends NotFound {

    private static final long serialVersionUID = 1L;

    public ReportTypeNotFoundException(String code) {
        super("toolbox.definition.notFound", "There is no report type " + code, String.valueOf(code));
    }
}
