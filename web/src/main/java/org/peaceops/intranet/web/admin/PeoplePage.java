package org.peaceops.intranet.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.peaceops.intranet.identity.application.PersonDirectory;

/** Administration: the people who have signed in, searchable and sortable. */
@Named
@ViewScoped
public class PeoplePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PersonDirectory directory;

    private PeopleTable people;
    private String search;

    @PostConstruct
    void init() {
        people = new PeopleTable(directory);
    }

    public void applySearch() {
        people.search(search);
    }

    public PeopleTable getPeople() {
        return people;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search == null ? null : search.strip();
    }
}
