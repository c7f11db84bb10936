package org.peaceops.intranet.web.admin;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.peaceops.intranet.identity.application.AccountAdministration;
import org.peaceops.intranet.identity.application.directory.DirectoryAccount;
import org.peaceops.intranet.identity.application.directory.DirectoryException;
import org.peaceops.intranet.shared.Caller;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * Keycloak's accounts a page at a time, in Keycloak's order (it offers no other). When Keycloak fails,
 * the table is empty and the failure is kept for the page to show, rather than an error page.
 */
public class AccountsTable extends LazyDataModel<DirectoryAccount> {

    private static final long serialVersionUID = 1L;
    private final transient AccountAdministration administration;
    private final transient Supplier<Caller> admin;
    private String search;
    private transient DirectoryException failure;

    AccountsTable(AccountAdministration administration, Supplier<Caller> admin) {
        this.administration = administration;
        this.admin = admin;
    }

    void search(String text) {
        this.search = text;
    }

    /** Why the last load came back empty because of Keycloak, or null. */
    DirectoryException failure() {
        return failure;
    }

    @Override
    public int count(Map<String, FilterMeta> filters) {
        failure = null;
        try {
            return administration.countAccounts(admin.get(), search);
        } catch (DirectoryException e) {
            failure = e;
            return 0;
        }
    }

    @Override
    public List<DirectoryAccount> load(int first, int size, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
        try {
            return administration.accounts(admin.get(), search, first, size);
        } catch (DirectoryException e) {
            failure = e;
            return List.of();
        }
    }

    @Override
    public String getRowKey(DirectoryAccount account) {
        return account.id();
    }

    @Override
    public DirectoryAccount getRowData(String rowKey) {
        return administration.account(admin.get(), rowKey);
    }
}
