package org.peaceops.intranet.web.training;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.training.compliance.application.ComplianceDashboards;
import org.peaceops.intranet.training.compliance.application.CompliancePage;
import org.peaceops.intranet.training.compliance.application.Drill;
import org.peaceops.intranet.training.compliance.domain.ComplianceOrder;
import org.peaceops.intranet.training.compliance.domain.ComplianceRow;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** The people behind a dashboard figure, a page at a time from the database (a figure can be 110,000). */
public class ComplianceTable extends LazyDataModel<ComplianceRow> {

    private static final long serialVersionUID = 1L;
    private final transient ComplianceDashboards dashboards;
    private final transient Supplier<Caller> caller;
    private Drill drill;

    ComplianceTable(ComplianceDashboards dashboards, Supplier<Caller> caller) {
        this.dashboards = dashboards;
        this.caller = caller;
    }

    void show(Drill chosen) {
        this.drill = chosen;
    }

    @Override
    public int count(Map<String, FilterMeta> filters) {
        return drill == null ? 0 : (int) Math.min(Integer.MAX_VALUE, dashboards.count(caller.get(), drill));
    }

    @Override
    public List<ComplianceRow> load(int first, int size, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
        if (drill == null) {
            return List.of();
        }
        SortMeta by = sort == null || sort.isEmpty() ? null : sort.values().iterator().next();
        CompliancePage page = dashboards.page(caller.get(), drill, order(by),
                by == null || by.getOrder() != SortOrder.DESCENDING, first, size);
        setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
        return page.rows();
    }

    @Override
    public String getRowKey(ComplianceRow row) {
        return row.subject() + "/" + row.course() + "/" + row.date();
    }

    /** The orders the list offers; anything else lists by name. */
    static ComplianceOrder order(SortMeta by) {
        if (by == null) {
            return ComplianceOrder.NAME;
        }
        return switch (by.getField()) {
            case "mission" -> ComplianceOrder.MISSION;
            case "category" -> ComplianceOrder.CATEGORY;
            case "date" -> ComplianceOrder.DATE;
            default -> ComplianceOrder.NAME;
        };
    }
}
