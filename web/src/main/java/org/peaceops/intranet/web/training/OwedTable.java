package org.peaceops.intranet.web.training;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.training.refresher.application.OwedPage;
import org.peaceops.intranet.training.refresher.application.OwedView;
import org.peaceops.intranet.training.refresher.application.RefresherQueries;
import org.peaceops.intranet.training.refresher.domain.OwedOrder;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** People owing a refresher, a page at a time from the database (a revision can concern a hundred thousand). */
public class OwedTable extends LazyDataModel<OwedView> {

    private static final long serialVersionUID = 1L;
    private final transient RefresherQueries queries;
    private final transient Supplier<Caller> caller;
    private String mission;
    private String category;

    OwedTable(RefresherQueries queries, Supplier<Caller> caller) {
        this.queries = queries;
        this.caller = caller;
    }

    void filter(String mission, String category) {
        this.mission = mission;
        this.category = category;
    }

    @Override
    public int count(Map<String, FilterMeta> filters) {
        return (int) Math.min(Integer.MAX_VALUE, queries.countOwed(caller.get(), mission, category));
    }

    @Override
    public List<OwedView> load(int first, int size, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
        SortMeta by = sort == null || sort.isEmpty() ? null : sort.values().iterator().next();
        OwedPage page = queries.owed(caller.get(), mission, category, order(by), by == null || by.getOrder() != SortOrder.DESCENDING,
                first, size);
        setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
        return page.rows();
    }

    @Override
    public String getRowKey(OwedView row) {
        return Long.toString(row.id());
    }

    /** The orders the list offers; anything else lists by name. */
    static OwedOrder order(SortMeta by) {
        if (by == null) {
            return OwedOrder.NAME;
        }
        return switch (by.getField()) {
            case "mission" -> OwedOrder.MISSION;
            case "category" -> OwedOrder.CATEGORY;
            case "courseCode" -> OwedOrder.COURSE;
            case "owedSince" -> OwedOrder.SINCE;
            case "dueDate" -> OwedOrder.DUE;
            default -> OwedOrder.NAME;
        };
    }
}
