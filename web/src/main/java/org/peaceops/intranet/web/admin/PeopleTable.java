package org.peaceops.intranet.web.admin;

import java.util.List;
import java.util.Map;
import org.peaceops.intranet.identity.application.PersonDirectory;
import org.peaceops.intranet.identity.application.PersonSummary;
import org.peaceops.intranet.identity.domain.PersonOrder;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The directory, a page at a time from the database (never the whole list in memory). */
public class PeopleTable extends LazyDataModel<PersonSummary> {

    private static final long serialVersionUID = 1L;
    private final transient PersonDirectory directory;
    private String text;

    PeopleTable(PersonDirectory directory) {
        this.directory = directory;
    }

    void search(String text) {
        this.text = text;
    }

    @Override
    public int count(Map<String, FilterMeta> filters) {
        return (int) Math.min(Integer.MAX_VALUE, directory.count(text));
    }

    @Override
    public List<PersonSummary> load(int first, int size, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
        return directory.page(text, order(sort), first, size);
    }

    @Override
    public String getRowKey(PersonSummary person) {
        return person.getSubject();
    }

    /** Only the orders the directory offers; anything else falls back to the newest sign-ins first. */
    static PersonOrder order(Map<String, SortMeta> sort) {
        if (sort == null || sort.isEmpty()) {
            return PersonOrder.LAST_SIGN_IN;
        }
        return switch (sort.values().iterator().next().getField()) {
            case "displayName" -> PersonOrder.NAME;
            case "mission" -> PersonOrder.MISSION;
            default -> PersonOrder.LAST_SIGN_IN;
        };
    }
}
