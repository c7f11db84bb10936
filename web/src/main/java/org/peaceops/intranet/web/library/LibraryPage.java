package org.peaceops.intranet.web.library;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.peaceops.intranet.documents.application.DocumentTypeCatalogue;
import org.peaceops.intranet.documents.application.DocumentTypeSummary;
import org.peaceops.intranet.documents.application.GuidanceListing;
import org.peaceops.intranet.documents.application.GuidanceQueries;
import org.peaceops.intranet.documents.application.GuidanceSummary;
import org.peaceops.intranet.documents.domain.guidance.LibraryFilter;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.web.security.CurrentUser;
import org.peaceops.intranet.web.shell.LanguageSelection;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The library: guidance the reader may open, a page at a time, narrowed by type, theme, status,
 * mission, language, year and by words in the title or reference (from the header search box), sorted
 * by the column the reader picks. What the reader may not read is left out by the
 * query itself, counts included.
 */
@Named
@ViewScoped
public class LibraryPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    GuidanceQueries guidance;

    @Inject
    DocumentTypeCatalogue documentTypes;

    @Inject
    CurrentUser user;

    @Inject
    LanguageSelection language;

    private static final int FIRST_YEAR = 1990;
    /** Columns the reader may sort by (the table's field names) and the library order each means. */
    private static final Map<String, org.peaceops.intranet.documents.domain.guidance.LibrarySort> SORTS = Map.of(
            "title", org.peaceops.intranet.documents.domain.guidance.LibrarySort.TITLE,
            "referenceNumber", org.peaceops.intranet.documents.domain.guidance.LibrarySort.REFERENCE,
            "typeCode", org.peaceops.intranet.documents.domain.guidance.LibrarySort.TYPE,
            "effectiveDate", org.peaceops.intranet.documents.domain.guidance.LibrarySort.EFFECTIVE_DATE,
            "reviewDate", org.peaceops.intranet.documents.domain.guidance.LibrarySort.REVIEW_DATE);

    private final LibraryFilter filter = new LibraryFilter();
    private Documents documents;
    private List<org.peaceops.intranet.documents.application.ThemeSummary> themes;
    private List<String> missions;
    private List<String> languages;

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

    public List<org.peaceops.intranet.documents.application.ThemeSummary> getThemes() {
        if (themes == null) {
            themes = guidance.thematicAreas(language.getLocale());
        }
        return themes;
    }

    public List<String> getMissions() {
        if (missions == null) {
            missions = guidance.missionCodes();
        }
        return missions;
    }

    public List<String> getLanguages() {
        if (languages == null) {
            languages = guidance.languageCodes();
        }
        return languages;
    }

    public org.peaceops.intranet.documents.domain.LifecycleStatus[] getStatuses() {
        return org.peaceops.intranet.documents.domain.LifecycleStatus.values();
    }

    /** Years a version may have taken effect in, newest first (the organisation's guidance starts in the 1990s). */
    public List<Integer> getYears() {
        int now = java.time.Year.now(java.time.ZoneOffset.UTC).getValue();
        return java.util.stream.IntStream.rangeClosed(FIRST_YEAR, now).map(y -> now - y + FIRST_YEAR).boxed().toList();
    }

    /** Whether to offer "new draft": contributors and administrators start documents. */
    public boolean isMayDraft() {
        return user.hasRole(org.peaceops.intranet.shared.Role.CONTRIBUTOR)
                || user.hasRole(org.peaceops.intranet.shared.Role.ADMIN);
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
            Caller actor = user.caller().orElseThrow(() -> new IllegalStateException("Not signed in"));
            applySort(sort);
            GuidanceListing page = guidance.list(actor, filter, first, size);
            total = page.getTotal();
            setRowCount((int) Math.min(Integer.MAX_VALUE, total));
            return page.getRows();
        }

        /** The first sorted column decides; an unknown field (a tampered request) keeps the default order. */
        private void applySort(Map<String, SortMeta> sort) {
            SortMeta first = sort == null ? null : sort.values().stream().findFirst().orElse(null);
            if (first == null || !SORTS.containsKey(first.getField())) {
                filter.setSort(null);
                filter.setAscending(true);
                return;
            }
            filter.setSort(SORTS.get(first.getField()));
            filter.setAscending(first.getOrder() != org.primefaces.model.SortOrder.DESCENDING);
        }

        @Override
        public String getRowKey(GuidanceSummary row) {
            return String.valueOf(row.getDocumentId());
        }
    }
}
