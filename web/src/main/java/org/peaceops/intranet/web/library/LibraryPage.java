package org.peaceops.intranet.web.library;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.peaceops.intranet.documents.application.DocumentTypeCatalogue;
import org.peaceops.intranet.documents.application.DocumentTypeSummary;
import org.peaceops.intranet.web.shell.LanguageSelection;

/** The library landing page: the kinds of documents held, and the query from the header search box. */
@Named
@RequestScoped
public class LibraryPage {

    @Inject
    DocumentTypeCatalogue documentTypes;

    @Inject
    LanguageSelection language;

    private String query;
    private List<DocumentTypeSummary> types;

    public List<DocumentTypeSummary> getTypes() {
        if (types == null) {
            types = documentTypes.activeTypes(language.getLocale());
        }
        return types;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query == null ? null : query.strip();
    }

    public boolean isSearching() {
        return query != null && !query.isEmpty();
    }
}
