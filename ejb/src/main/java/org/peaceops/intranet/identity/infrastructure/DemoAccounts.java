package org.peaceops.intranet.identity.infrastructure;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.shared.PersonnelCategory;
import org.peaceops.intranet.shared.Role;

/**
 * LOCAL DEMO ONLY. The built-in accounts of the one-command run: one per role plus a reader in a
 * second mission. Their password is public ("demo") and printed on the login page; the application
 * refuses demo mode on PostgreSQL unless explicitly allowed, so these never guard real data.
 */
public final class DemoAccounts {

    /** Local-dev password shared by every demo account. Not a secret. */
    public static final String PASSWORD = "demo";

    private static final List<Caller> ACCOUNTS = List.of(
            account("reader", "Amina Diallo", Set.of(Role.READER), "UNMISS", PersonnelCategory.CIVILIAN),
            account("reader2", "Jean-Pierre Mbala", Set.of(Role.READER), "MINUSCA", PersonnelCategory.POLICE),
            account("contributor", "Sofia Haddad", Set.of(Role.READER, Role.CONTRIBUTOR), "UNMISS",
                    PersonnelCategory.CIVILIAN),
            account("approver", "Kwame Mensah", Set.of(Role.READER, Role.APPROVER), "HQ", PersonnelCategory.CIVILIAN),
            account("approver2", "Moussa Traoré", Set.of(Role.READER, Role.APPROVER), "MINUSCA", PersonnelCategory.CIVILIAN),
            account("trainer", "Ingrid Larsen", Set.of(Role.READER, Role.TRAINER), "UNMISS", PersonnelCategory.MILITARY),
            // A second trainer of the same mission: attestation batches need four eyes.
            account("trainer2", "Thérèse Formatrice", Set.of(Role.READER, Role.TRAINER), "UNMISS", PersonnelCategory.POLICE),
            account("bpo", "Grace Achieng", Set.of(Role.READER, Role.CONTRIBUTOR, Role.BPO), "UNMISS",
                    PersonnelCategory.CIVILIAN),
            account("admin", "Rahul Verma", Set.of(Role.READER, Role.ADMIN), "HQ", PersonnelCategory.CIVILIAN));

    /**
     * The demo people's personnel numbers (index numbers): what a training focal point's attestation
     * file would name them by. Not the numbers of the realm's users of the same names: the two sign-in
     * modes are separate identity stores, and a database both have used (the test suite's) must never
     * take a demo account and a Keycloak account for one person.
     */
    private static final Map<String, String> PERSONNEL_NUMBERS = Map.of(
            "reader", "UN-900101", "reader2", "UN-900102", "contributor", "UN-900103", "approver", "UN-900104",
            "approver2", "UN-900105", "trainer", "UN-900106", "trainer2", "UN-900107", "bpo", "UN-900108",
            "admin", "UN-900109");

    private DemoAccounts() {
    }

    public static Optional<String> personnelNumberOf(String username) {
        return Optional.ofNullable(PERSONNEL_NUMBERS.get(username));
    }

    private static Caller account(String username, String name, Set<Role> roles, String mission,
            PersonnelCategory category) {
        return new Caller("demo:" + username, username, name, roles, mission, category);
    }

    public static List<Caller> all() {
        return ACCOUNTS;
    }

    public static Optional<Caller> find(String username) {
        return ACCOUNTS.stream().filter(a -> a.username().equals(username)).findFirst();
    }

    /** Checks a demo login; constant-time on the password so timing says nothing. */
    public static Optional<Caller> authenticate(String username, String password) {
        boolean passwordOk = password != null
                && java.security.MessageDigest.isEqual(PASSWORD.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        password.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return passwordOk ? find(username) : Optional.empty();
    }
}
