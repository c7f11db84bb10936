package org.peaceops.intranet.web.toolbox;

import java.util.List;
import java.util.Map;
import org.peaceops.intranet.toolbox.application.BoardPage;
import org.peaceops.intranet.toolbox.application.BoardRow;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The board's rows for a lazy PrimeFaces table: each page is asked of the service as the table is paged
 * (the board grows with every report), with the page's own filters and order, not the table's.
 */
final class BoardRows extends LazyDataModel<BoardRow> {

    private static final long serialVersionUID = 1L;

    /** One page from its first row and size; must be serialisable with the view. */
    interface Pages extends java.io.Serializable {
        BoardPage page(int first, int pageSize);
    }

    private final Pages pages;
    private transient BoardPage last;

    BoardRows(Pages pages) {
        this.pages = pages;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return last == null ? (int) pages.page(0, 1).total() : (int) last.total();
    }

    @Override
    public List<BoardRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        last = pages.page(first, pageSize);
        setRowCount((int) last.total());
        return last.rows();
    }

    @Override
    public String getRowKey(BoardRow row) {
        return String.valueOf(row.item().id());
    }

    @Override
    public BoardRow getRowData(String rowKey) {
        return last == null ? null : last.rows().stream().filter(r -> getRowKey(r).equals(rowKey)).findFirst()
                .orElse(null);
    }

}
