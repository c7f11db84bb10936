package org.peaceops.intranet.identity.application.directory;

import java.util.List;
import java.util.Set;

/**
 * The accounts, roles and groups of the identity provider (Keycloak's realm). Every method either
 * succeeds or throws {@link DirectoryException} saying why (unreachable, forbidden, conflict, not
 * found): callers show that reason and never guess. Only JDK types and this package's values cross it,
 * because the Keycloak implementation lives in a class loader of its own.
 */
public interface IdentityDirectory extends AutoCloseable {

    /** Accounts whose username, name or e-mail contains {@code search} (all when blank), in pages. */
    List<DirectoryAccount> accounts(String search, int first, int max);

    int countAccounts(String search);

    DirectoryAccount account(String id);

    /**
     * Every account with its mission and category but without roles, read a page and a group at a time
     * (for the periodic sync: a few calls per group instead of several per account).
     */
    List<DirectoryAccount> snapshot();

    /** Creates the account, its realm roles and group memberships; returns its id. */
    String create(NewAccount account);

    void setEnabled(String id, boolean enabled);

    /** E-mails the person a link to perform these required actions (e.g. {@code UPDATE_PASSWORD}). */
    void sendActionsEmail(String id, List<String> requiredActions);

    /** Sets a password (temporary: the person must change it at next sign-in). */
    void setPassword(String id, String password, boolean temporary);

    /** Makes the account's realm roles among {@code managedRoles} exactly {@code roles}. */
    void setRealmRoles(String id, Set<String> roles, Set<String> managedRoles);

    /** Moves the account to this mission group and this category group (replacing previous ones). */
    void setMissionAndCategory(String id, String missionCode, String categoryCode);

    List<DirectoryRole> roles(Set<String> names);

    List<DirectoryGroup> missionGroups();

    List<DirectoryGroup> categoryGroups();

    /** Creates {@code /missions/<code>} with its {@code mission} attribute; returns the group id. */
    String createMissionGroup(String code, String name);

    @Override
    void close();
}
