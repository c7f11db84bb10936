package org.peaceops.intranet.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.peaceops.intranet.identity.application.AccountAdministration;
import org.peaceops.intranet.identity.application.IncompleteAccountChange;
import org.peaceops.intranet.identity.application.MissionAdministration;
import org.peaceops.intranet.identity.application.MissionSummary;
import org.peaceops.intranet.identity.application.directory.DirectoryAccount;
import org.peaceops.intranet.identity.application.directory.DirectoryException;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.shared.PersonnelCategory;
import org.peaceops.intranet.shared.Role;
import org.peaceops.intranet.shared.refusal.NotSignedIn;
import org.peaceops.intranet.shared.refusal.Refusal;
import org.peaceops.intranet.web.security.CurrentUser;
import org.peaceops.intranet.web.shell.Messages;
import org.peaceops.intranet.web.shell.PageFeedback;
import org.primefaces.PrimeFaces;

/**
 * Administration of Keycloak accounts: find, create, enable/disable, password reset, roles, mission and
 * category. Every action goes to {@link AccountAdministration}, which checks, audits and reports; this
 * bean only holds the forms and shows what happened.
 */
@Named
@ViewScoped
public class AccountsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AccountAdministration administration;

    @Inject
    MissionAdministration missionAdministration;

    @Inject
    CurrentUser currentUser;

    @Inject
    PageFeedback feedback;

    @Inject
    Messages messages;

    private AccountsTable accounts;
    private String search;
    private AccountForm newAccount = new AccountForm();
    private AccessForm access;
    /** Set when a change stopped half-way: the same change, ready to be tried again. */
    private AccessForm retry;
    private List<MissionSummary> missions;

    @PostConstruct
    void init() {
        accounts = new AccountsTable(administration, this::admin);
    }

    public boolean isAvailable() {
        return administration.isAvailable();
    }

    public void applySearch() {
        accounts.search(search);
    }

    /** The table's empty message: no match, or why Keycloak could not be read (e.g. it is down). */
    public String getEmptyMessage() {
        DirectoryException failure = accounts.failure();
        return failure == null ? messages.get("admin.accounts.empty")
                : messages.get("admin.directory.error." + failure.reason().name());
    }

    public void prepareNew() {
        newAccount = new AccountForm();
    }

    public void create() {
        Optional<Refusal> refused = feedback.attempt(() -> {
            String id = administration.create(admin(), newAccount.toNewAccount());
            if (newAccount.getTemporaryPassword() != null && !newAccount.getTemporaryPassword().isBlank()) {
                administration.setTemporaryPassword(admin(), id, newAccount.getTemporaryPassword());
            }
        });
        if (refused.isEmpty()) {
            feedback.note("admin.accounts.created", newAccount.getUsername());
            retry = null;
        } else if (refused.get() instanceof IncompleteAccountChange e) {
            retry = AccessForm.retry(e.accountId(), newAccount.getUsername(), newAccount.getRoles(),
                    newAccount.getMission(), newAccount.getCategory());
        }
        if (refused.isEmpty() || retry != null) {
            PrimeFaces.current().executeScript("PF('newAccountDialog').hide()");
        }
    }

    public void editAccess(DirectoryAccount account) {
        access = AccessForm.of(account);
    }

    public void saveAccess() {
        apply(access);
        if (retry == null) {
            PrimeFaces.current().executeScript("PF('accessDialog').hide()");
        }
    }

    public void retryIncomplete() {
        apply(retry);
    }

    private void apply(AccessForm form) {
        Optional<Refusal> refused = feedback.attempt(() -> administration.changeAccess(admin(), form.getAccountId(),
                form.roleSet(), form.getMission(), form.getCategory()));
        if (refused.isEmpty()) {
            feedback.note("admin.accounts.accessSaved", form.getUsername());
            retry = null;
        } else if (refused.get() instanceof IncompleteAccountChange) {
            retry = form;
        }
    }

    public void toggleEnabled(DirectoryAccount account) {
        feedback.run(() -> administration.setEnabled(admin(), account.id(), !account.enabled()),
                account.enabled() ? "admin.accounts.disabled" : "admin.accounts.enabled", account.username());
    }

    public void sendPasswordReset(DirectoryAccount account) {
        feedback.run(() -> administration.sendPasswordReset(admin(), account.id()), "admin.accounts.resetSent", account.email());
    }

    public List<String> getRoleOptions() {
        return Arrays.stream(Role.values()).map(Role::roleName).toList();
    }

    public List<String> getCategoryOptions() {
        return Arrays.stream(PersonnelCategory.values()).map(PersonnelCategory::code).toList();
    }

    /** Active missions only: nobody is placed in a closed one. */
    public List<MissionSummary> getMissionOptions() {
        if (missions == null) {
            missions = missionAdministration.missions(admin()).stream().filter(m -> "ACTIVE".equals(m.status())).toList();
        }
        return missions;
    }

    private Caller admin() {
        return currentUser.caller().orElseThrow(NotSignedIn::new);
    }

    public AccountsTable getAccounts() {
        return accounts;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search == null ? null : search.strip();
    }

    public AccountForm getNewAccount() {
        return newAccount;
    }

    public AccessForm getAccess() {
        return access;
    }

    public AccessForm getRetry() {
        return retry;
    }
}
