package org.peaceops.intranet.web.training;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.training.session.application.SessionView;
import org.peaceops.intranet.training.session.application.TrainingSessions;
import org.peaceops.intranet.training.session.domain.SessionOrder;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** The trainer's sessions a page at a time, sorted in the database (by start, soonest first, unless asked). */
public class SessionsTable extends LazyDataModel<SessionView> {

    private static final long serialVersionUID = 1L;
    private final transient TrainingSessions sessions;
    private final transient Supplier<Caller> trainer;

    SessionsTable(TrainingSessions sessions, Supplier<Caller> trainer) {
        this.sessions = sessions;
        this.trainer = trainer;
    }

    @Override
    public int count(Map<String, FilterMeta> filters) {
        return (int) Math.min(Integer.MAX_VALUE, sessions.count(trainer.get()));
    }

    @Override
    public List<SessionView> load(int first, int size, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
        if (sort == null || sort.isEmpty()) {
            return sessions.page(trainer.get(), SessionOrder.STARTS, false, first, size);
        }
        SortMeta by = sort.values().iterator().next();
        SessionOrder order = switch (by.getField()) {
            case "courseTitle" -> SessionOrder.COURSE;
            case "location" -> SessionOrder.LOCATION;
            case "state" -> SessionOrder.STATE;
            default -> SessionOrder.STARTS;
        };
        return sessions.page(trainer.get(), order, by.getOrder() != SortOrder.DESCENDING, first, size);
    }

    @Override
    public String getRowKey(SessionView session) {
        return Long.toString(session.id());
    }
}
