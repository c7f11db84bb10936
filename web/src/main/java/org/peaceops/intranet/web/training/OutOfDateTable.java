package org.peaceops.intranet.web.training;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.training.domain.CourseOrder;
import org.peaceops.intranet.training.refresher.application.OutOfDateCourse;
import org.peaceops.intranet.training.refresher.application.OutOfDatePage;
import org.peaceops.intranet.training.refresher.application.RefresherQueries;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** Courses flagged out of date in the trainer's scopes, a page at a time. */
public class OutOfDateTable extends LazyDataModel<OutOfDateCourse> {

    private static final long serialVersionUID = 1L;
    private final transient RefresherQueries queries;
    private final transient Supplier<Caller> caller;

    OutOfDateTable(RefresherQueries queries, Supplier<Caller> caller) {
        this.queries = queries;
        this.caller = caller;
    }

    @Override
    public int count(Map<String, FilterMeta> filters) {
        return (int) Math.min(Integer.MAX_VALUE, queries.countOutOfDate(caller.get()));
    }

    @Override
    public List<OutOfDateCourse> load(int first, int size, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
        SortMeta by = sort == null || sort.isEmpty() ? null : sort.values().iterator().next();
        OutOfDatePage page = queries.outOfDate(caller.get(), order(by), by == null || by.getOrder() != SortOrder.DESCENDING,
                first, size);
        setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
        return page.rows();
    }

    @Override
    public String getRowKey(OutOfDateCourse course) {
        return Long.toString(course.id());
    }

    static CourseOrder order(SortMeta by) {
        if (by == null) {
            return CourseOrder.CODE;
        }
        return switch (by.getField()) {
            case "titleEn" -> CourseOrder.TITLE;
            case "missionScope" -> CourseOrder.SCOPE;
            default -> CourseOrder.CODE;
        };
    }
}
