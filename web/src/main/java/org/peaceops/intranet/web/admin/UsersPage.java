package org.peaceops.intranet.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.peaceops.intranet.identity.application.DirectoryUnavailableException;
import org.peaceops.intranet.identity.application.DirectoryUser;
import org.peaceops.intranet.identity.application.UserAdministration;
import org.peaceops.intranet.identity.domain.UserProfile;
import org.peaceops.intranet.web.security.CurrentUser;
import org.peaceops.intranet.web.shell.Messages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** Administration: Keycloak accounts, searched and paged from Keycloak, enabled or disabled here. */
@Named
@ViewScoped
public class UsersPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient UserAdministration administration;

    @Inject
    transient CurrentUser user;

    @Inject
    transient Messages messages;

    private String search;
    private Users users;

    @PostConstruct
    void init() {
        users = new Users();
    }

    public boolean isAvailable() {
        return administration.isAvailable();
    }

    public void toggle(DirectoryUser account) {
        try {
            administration.setEnabled(admin(), account.getId(), !account.isEnabled());
            info(account.isEnabled() ? "admin.users.disabled" : "admin.users.enabled", account.getUsername());
        } catch (DirectoryUnavailableException e) {
            failed(e);
        }
    }

    private UserProfile admin() {
        return user.profile().orElseThrow(() -> new IllegalStateException("No signed-in administrator"));
    }

    private void info(String key, String username) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, messages.get(key, username), null));
    }

    private void failed(DirectoryUnavailableException e) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                messages.get("directory.error." + e.kind().name().toLowerCase(Locale.ROOT)),
                messages.get("directory.error.todo")));
    }

    public Users getUsers() {
        return users;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search == null ? null : search.strip();
    }

    /** The accounts, a page at a time from Keycloak; a failure shows as a message and an empty page. */
    public class Users extends LazyDataModel<DirectoryUser> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            try {
                return administration.countUsers(admin(), search);
            } catch (DirectoryUnavailableException e) {
                failed(e);
                return 0;
            }
        }

        @Override
        public List<DirectoryUser> load(int first, int size, Map<String, SortMeta> sort, Map<String, FilterMeta> f) {
            try {
                return administration.users(admin(), search, first, size);
            } catch (DirectoryUnavailableException e) {
                return List.of();
            }
        }

        @Override
        public String getRowKey(DirectoryUser account) {
            return account.getId();
        }
    }
}
