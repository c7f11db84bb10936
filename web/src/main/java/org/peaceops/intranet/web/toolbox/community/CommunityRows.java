package org.peaceops.intranet.web.toolbox.community;

import java.util.List;
import java.util.Map;
import org.peaceops.intranet.toolbox.community.application.CommunityListing;
import org.peaceops.intranet.toolbox.community.application.CommunitySummary;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The communities list for a lazy PrimeFaces table: each page is asked of the service as it is paged. */
final class CommunityRows extends LazyDataModel<CommunitySummary> {

    private static final long serialVersionUID = 1L;

    interface Pages extends java.io.Serializable {
        CommunityListing page(int first, int max);
    }

    private final Pages pages;
    private transient CommunityListing last;

    CommunityRows(Pages pages) {
        this.pages = pages;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) (last == null ? pages.page(0, 1).total() : last.total());
    }

    @Override
    public List<CommunitySummary> load(int first, int pageSize, Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
        last = pages.page(first, pageSize);
        setRowCount((int) last.total());
        return last.rows();
    }

    @Override
    public String getRowKey(CommunitySummary row) {
        return String.valueOf(row.id());
    }

    @Override
    public CommunitySummary getRowData(String rowKey) {
        return last == null ? null : last.rows().stream().filter(r -> getRowKey(r).equals(rowKey)).findFirst()
                .orElse(null);
    }
}
