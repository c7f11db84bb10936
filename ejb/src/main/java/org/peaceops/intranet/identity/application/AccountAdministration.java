package org.peaceops.intranet.identity.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.peaceops.intranet.identity.application.directory.DirectoryAccount;
import org.peaceops.intranet.identity.application.directory.DirectoryConnection;
import org.peaceops.intranet.identity.application.directory.DirectoryException.Reason;
import org.peaceops.intranet.identity.application.directory.DirectoryException;
import org.peaceops.intranet.identity.application.directory.IdentityDirectory;
import org.peaceops.intranet.identity.application.directory.NewAccount;
import org.peaceops.intranet.identity.domain.Action;
import org.peaceops.intranet.identity.domain.MissionRepository;
import org.peaceops.intranet.identity.domain.MissionStatus;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.shared.PersonnelCategory;
import org.peaceops.intranet.shared.Role;
import org.peaceops.intranet.shared.audit.AuditAction;
import org.peaceops.intranet.shared.audit.AuditRecord;
import org.peaceops.intranet.shared.audit.AuditTrail;

/**
 * Administrators manage the Keycloak accounts from the intranet: find them, create them, enable and
 * disable them, send a password-reset e-mail, set roles, mission and category. Every call is checked by
 * the access policy; every change is audited with before and after; a change of several steps that
 * stops half-way is audited as incomplete and reported so it can be finished.
 */
@Stateless
public class AccountAdministration {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,59}");
    /** As the realm's user profile declares the personnel_number attribute. */
    private static final Pattern PERSONNEL_NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9./-]{0,63}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    /** The realm roles the intranet manages; other roles an account holds are left alone. */
    static final Set<String> MANAGED_ROLES = Arrays.stream(Role.values()).map(Role::roleName).collect(Collectors.toSet());

    @Inject
    DirectoryConnection connection;

    @Inject
    AccessControl access;

    @Inject
    AuditTrail audit;

    @Inject
    MissionRepository missions;

    private final Clock clock = Clock.systemUTC();

    public boolean isAvailable() {
        return connection.isAvailable();
    }

    public List<DirectoryAccount> accounts(Caller admin, String search, int first, int max) {
        return directory(admin).accounts(search, Math.max(0, first), Math.max(1, Math.min(max, 100)));
    }

    public int countAccounts(Caller admin, String search) {
        return directory(admin).countAccounts(search);
    }

    public DirectoryAccount account(Caller admin, String id) {
        return directory(admin).account(id);
    }

    /**
     * Creates the account (the person sets their password through the required action), then its roles,
     * mission and category. Returns the new account's id.
     */
    public String create(Caller admin, NewAccount account) {
        NewAccount valid = validated(account);
        IdentityDirectory directory = directory(admin);
        String id = directory.create(valid);
        record(admin, AuditAction.ACCOUNT_CREATED, id, "created " + valid.username() + " (" + valid.email()
                + (valid.personnelNumber() == null ? "" : ", personnel number " + valid.personnelNumber())
                + "), required actions " + valid.requiredActions());
        changeAccess(admin, id, valid.realmRoles(), valid.missionCode(), valid.categoryCode());
        return id;
    }

    /** Sets roles, mission and category (again, when a previous attempt stopped half-way). */
    public void changeAccess(Caller admin, String id, Set<String> roles, String missionCode, String categoryCode) {
        validateAccess(roles, missionCode, categoryCode);
        IdentityDirectory directory = directory(admin);
        DirectoryAccount before = directory.account(id);
        step(admin, id, "roles", () -> directory.setRealmRoles(id, roles, MANAGED_ROLES));
        step(admin, id, "mission and category", () -> directory.setMissionAndCategory(id, missionCode, categoryCode));
        DirectoryAccount after = directory.account(id);
        record(admin, AuditAction.ACCOUNT_ROLES_CHANGED, id, before.auditState() + " -> " + after.auditState());
    }

    public void setEnabled(Caller admin, String id, boolean enabled) {
        IdentityDirectory directory = directory(admin);
        DirectoryAccount before = directory.account(id);
        if (before.username().equals(admin.username()) && !enabled) {
            throw new DirectoryException(Reason.INVALID, "You cannot disable your own account");
        }
        directory.setEnabled(id, enabled);
        record(admin, enabled ? AuditAction.ACCOUNT_ENABLED : AuditAction.ACCOUNT_DISABLED, id,
                "username=" + before.username() + ", enabled=" + before.enabled() + " -> " + enabled);
    }

    /** E-mails the person a link to choose a new password (Keycloak's execute-actions e-mail). */
    public void sendPasswordReset(Caller admin, String id) {
        IdentityDirectory directory = directory(admin);
        DirectoryAccount account = directory.account(id);
        directory.sendActionsEmail(id, List.of("UPDATE_PASSWORD"));
        record(admin, AuditAction.ACCOUNT_ACTIONS_EMAILED, id, "UPDATE_PASSWORD e-mailed to " + account.email());
    }

    /** A temporary password the person must change at their next sign-in (when e-mail is not an option). */
    public void setTemporaryPassword(Caller admin, String id, String password) {
        if (password == null || password.length() < 12) {
            throw new DirectoryException(Reason.INVALID, "A temporary password has at least 12 characters");
        }
        directory(admin).setPassword(id, password, true);
        record(admin, AuditAction.ACCOUNT_PASSWORD_SET, id, "temporary password set (value not recorded)");
    }

    private void step(Caller admin, String id, String name, Runnable change) {
        try {
            change.run();
        } catch (DirectoryException e) {
            record(admin, AuditAction.ACCOUNT_CHANGE_INCOMPLETE, id, name + " not applied: " + e.getMessage());
            throw new IncompleteAccountChange(id, name, e);
        }
    }

    private NewAccount validated(NewAccount account) {
        String username = account.username() == null ? "" : account.username().strip().toLowerCase();
        if (!USERNAME.matcher(username).matches()) {
            throw new DirectoryException(Reason.INVALID,
                    "A username is 2 to 60 lower-case letters, digits, dots, dashes or underscores");
        }
        String email = account.email() == null ? "" : account.email().strip();
        if (!EMAIL.matcher(email).matches()) {
            throw new DirectoryException(Reason.INVALID, "The e-mail address is not valid");
        }
        String number = strip(account.personnelNumber());
        if (number != null && !PERSONNEL_NUMBER.matcher(number).matches()) {
            throw new DirectoryException(Reason.INVALID,
                    "A personnel number is up to 64 letters, digits, dots, slashes or dashes, starting with a letter or digit");
        }
        validateAccess(account.realmRoles(), account.missionCode(), account.categoryCode());
        return new NewAccount(username, strip(account.firstName()), strip(account.lastName()), email,
                Set.copyOf(account.realmRoles()), account.missionCode(), account.categoryCode(),
                List.copyOf(account.requiredActions()), number);
    }

    private void validateAccess(Set<String> roles, String missionCode, String categoryCode) {
        if (roles == null || roles.isEmpty() || !MANAGED_ROLES.containsAll(roles)) {
            throw new DirectoryException(Reason.INVALID, "Choose at least one of the roles " + MANAGED_ROLES);
        }
        if (missionCode == null || missions.find(missionCode).filter(m -> m.getStatus() == MissionStatus.ACTIVE).isEmpty()) {
            throw new DirectoryException(Reason.INVALID, "Choose an active mission");
        }
        if (PersonnelCategory.fromCode(categoryCode).isEmpty()) {
            throw new DirectoryException(Reason.INVALID, "Choose a personnel category");
        }
    }

    private IdentityDirectory directory(Caller admin) {
        access.require(admin, Action.ADMINISTER, admin.mission());
        return connection.directory();
    }

    private void record(Caller admin, AuditAction action, String accountId, String detail) {
        audit.record(new AuditRecord(clock.instant(), admin.subject(), action, "keycloak-account", accountId, detail));
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }
}
