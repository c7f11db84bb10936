package org.peaceops.intranet.documents.application;

import java.io.Serializable;
import java.util.List;

/** One page of the library and the total it is part of, as a lazy data table asks for it. */
public class GuidanceListing implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<GuidanceSummary> rows;
    private final long total;
    private final int first;
    private final int pageSize;

    GuidanceListing(List<GuidanceSummary> rows, long total, int first, int pageSize) {
        this.rows = List.copyOf(rows);
        this.total = total;
        this.first = first;
        this.pageSize = pageSize;
    }

    public List<GuidanceSummary> getRows() {
        return rows;
    }

    public long getTotal() {
        return total;
    }

    public int getFirst() {
        return first;
    }

    public int getPageSize() {
        return pageSize;
    }
}
