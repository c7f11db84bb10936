package org.peaceops.intranet.web.toolbox;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.peaceops.intranet.toolbox.application.MyReport;
import org.peaceops.intranet.toolbox.application.ReportDraftingService;
import org.peaceops.intranet.web.security.CurrentUser;
import org.peaceops.intranet.web.shell.LanguageSelection;
import org.peaceops.intranet.web.shell.PageFeedback;

/**
 * {@code /toolbox/mine.xhtml}: the contributor's own reports with their status, paged and sorted in the
 * table (a person writes a handful a year: the list is loaded once per view); a returned one says why
 * and leads back to its form.
 */
@Named
@ViewScoped
public class MyReportsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReportDraftingService drafting;

    @Inject
    CurrentUser user;

    @Inject
    PageFeedback feedback;

    @Inject
    LanguageSelection language;

    private List<MyReport> reports = List.of();

    @PostConstruct
    void init() {
        reports = feedback.valueOr(() -> drafting.mine(user.caller().orElseThrow()), List.of());
    }

    public List<MyReport> getReports() {
        return reports;
    }

    public String typeName(MyReport report) {
        return report.typeName().in(language.getLocale());
    }

    public String reason(MyReport report) {
        return report.returnReason().orElse("");
    }
}
