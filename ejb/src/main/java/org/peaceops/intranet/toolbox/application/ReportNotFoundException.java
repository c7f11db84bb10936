package org.peaceops.intranet.toolbox.application;

import org.peaceops.intranet.shared.refusal.NotFound;

/** No such report, or none the caller may act on: the two look the same from outside. */
public class ReportNotFoundException extends NotFound {

    private static final long serialVersionUID = 1L;

    public ReportNotFoundException(long id) {
        super("toolbox.report.notFound", "No report " + id + " that you can open", id);
    }
}
