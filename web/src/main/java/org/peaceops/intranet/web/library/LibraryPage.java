package org.peaceops.intranet.web.library;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.peaceops.intranet.documents.application.Actor;
import org.peaceops.intranet.documents.application.DocumentTypeCatalogue;
import org.peaceops.intranet.documents.application.DocumentTypeSummary;
import org.peaceops.intranet.documents.application.GuidancePage;
import org.peaceops.intranet.documents.application.GuidanceQueries;
import org.peaceops.intranet.documents.application.GuidanceSummary;
import org.peaceops.intranet.documents.domain.guidance.LibraryFilter;
import org.peaceops.intranet.web.security.CurrentUser;
import org.peaceops.intranet.web.shell.LanguageSelection;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The library: guidance the reader may open, a page at a time, narrowed by type and by words in the
 * title or reference (from the header search box). What the reader may not read is left out by the
 * query itself, counts included.
 */
@Named
@ViewScoped
public class LibraryPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient GuidanceQueries guidance;

    @Inject
    transient DocumentTypeCatalogue documentTypes;

    @Inject
    transient CurrentUser user;

    @Inject
    LanguageSelection language;

    private final LibraryFilter filter = new LibraryFilter();
    private Documents documents;

    @PostConstruct
    void init() {
        documents = new Documents();
    }

    public List<DocumentTypeSummary> getTypes() {
        return documentTypes.activeTypes(language.getLocale());
    }

    public String typeName(String code) {
        return getTypes().stream().filter(t -> t.getCode().equals(code)).map(DocumentTypeSummary::getName)
                .findFirst().orElse(code);
    }

    public LibraryFilter getFilter() {
        return filter;
    }

    public String getQuery() {
        return filter.getText();
    }

    public void setQuery(String query) {
        filter.setText(query);
    }

    public String getType() {
        return filter.getTypeCode();
    }

    public void setType(String type) {
        filter.setTypeCode(type == null || type.isBlank() ? null : type);
    }

    public boolean isSearching() {
        return filter.getText() != null;
    }

    public Documents getDocuments() {
        return documents;
    }

    /** The rows of the table, loaded from the database page by page. */
    public class Documents extends LazyDataModel<GuidanceSummary> {

        private static final long serialVersionUID = 1L;
        private long total;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) Math.min(Integer.MAX_VALUE, total);
        }

        @Override
        public List<GuidanceSummary> load(int first, int size, Map<String, SortMeta> sort, Map<String, FilterMeta> f) {
            Actor actor = Actor.of(user.profile().orElseThrow(() -> new IllegalStateException("Not signed in")));
            GuidancePage page = guidance.list(actor, filter, first, size);
            total = page.getTotal();
            setRowCount((int) Math.min(Integer.MAX_VALUE, total));
            return page.getRows();
        }

        @Override
        public String getRowKey(GuidanceSummary row) {
            return String.valueOf(row.getDocumentId());
        }
    }
}
