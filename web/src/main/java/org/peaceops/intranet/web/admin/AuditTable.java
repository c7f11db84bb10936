package org.peaceops.intranet.web.admin;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.peaceops.intranet.documents.application.audit.AuditLine;
import org.peaceops.intranet.documents.application.audit.AuditLog;
import org.peaceops.intranet.documents.domain.audit.AuditOrder;
import org.peaceops.intranet.documents.domain.audit.AuditQuery;
import org.peaceops.intranet.shared.Caller;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** The audit trail a page at a time from the database, with the filters the page applied. */
public class AuditTable extends LazyDataModel<AuditLine> {

    private static final long serialVersionUID = 1L;
    private final transient AuditLog log;
    private final transient Supplier<Caller> actor;
    private AuditQuery query = AuditQuery.everything();

    AuditTable(AuditLog log, Supplier<Caller> actor) {
        this.log = log;
        this.actor = actor;
    }

    void filter(AuditQuery query) {
        this.query = query;
    }

    AuditQuery query() {
        return query;
    }

    @Override
    public int count(Map<String, FilterMeta> filters) {
        return (int) Math.min(Integer.MAX_VALUE, log.count(actor.get(), query));
    }

    @Override
    public List<AuditLine> load(int first, int size, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
        return log.page(actor.get(), query, order(sort), first, size);
    }

    @Override
    public String getRowKey(AuditLine line) {
        return Long.toString(line.id());
    }

    /** The orders the trail offers; anything else shows the newest lines first. */
    static AuditOrder order(Map<String, SortMeta> sort) {
        if (sort == null || sort.isEmpty()) {
            return AuditOrder.NEWEST_FIRST;
        }
        SortMeta by = sort.values().iterator().next();
        return switch (by.getField()) {
            case "actor" -> AuditOrder.ACTOR;
            case "action" -> AuditOrder.ACTION;
            case "occurredAt" -> by.getOrder() == SortOrder.ASCENDING ? AuditOrder.OLDEST_FIRST : AuditOrder.NEWEST_FIRST;
            default -> AuditOrder.NEWEST_FIRST;
        };
    }
}
