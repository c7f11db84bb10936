package org.peaceops.intranet.web.toolbox;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.inject.Model;
import jakarta.inject.Inject;
import java.util.List;
import org.peaceops.intranet.shared.Role;
import org.peaceops.intranet.toolbox.application.ReportDraftingService;
import org.peaceops.intranet.toolbox.application.ReportTypeSummary;
import org.peaceops.intranet.web.security.CurrentUser;
import org.peaceops.intranet.web.shell.LanguageSelection;

/** {@code /toolbox/index.xhtml}: the report types one can file (from their definitions), and the officer's queue. */
@Model
public class ToolboxIndexPage {

    @Inject
    ReportDraftingService drafting;

    @Inject
    CurrentUser user;

    @Inject
    LanguageSelection language;

    private List<ReportTypeSummary> types;

    @PostConstruct
    void init() {
        types = drafting.reportTypes();
    }

    public List<ReportTypeSummary> getTypes() {
        return types;
    }

    public String name(ReportTypeSummary type) {
        return type.name().in(language.getLocale());
    }

    /** Contributors write reports; the form refuses anyone else anyway. */
    public boolean isWriter() {
        return user.hasRole(Role.CONTRIBUTOR);
    }

    /** Those the trends page is for: officers, approvers and administrators. */
    public boolean isAnalyst() {
        return user.hasRole(Role.BPO) || user.hasRole(Role.APPROVER) || user.hasRole(Role.ADMIN);
    }

    public boolean isOfficer() {
        return user.hasRole(Role.BPO);
    }
}
