package org.peaceops.intranet.identity.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peaceops.intranet.identity.application.directory.DirectoryAccount;
import org.peaceops.intranet.identity.application.directory.DirectoryConnection;
import org.peaceops.intranet.identity.application.directory.DirectoryException.Reason;
import org.peaceops.intranet.identity.application.directory.DirectoryException;
import org.peaceops.intranet.identity.application.directory.DirectoryGroup;
import org.peaceops.intranet.identity.application.directory.DirectoryRole;
import org.peaceops.intranet.identity.application.directory.IdentityDirectory;
import org.peaceops.intranet.identity.application.directory.NewAccount;
import org.peaceops.intranet.identity.domain.Mission;
import org.peaceops.intranet.identity.domain.MissionRepository;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.shared.PersonnelCategory;
import org.peaceops.intranet.shared.Role;
import org.peaceops.intranet.shared.audit.AuditAction;
import org.peaceops.intranet.shared.audit.AuditRecord;
import org.peaceops.intranet.shared.audit.AuditTrail;
import org.peaceops.intranet.testing.Callers;

/**
 * The rules of account administration, over an in-memory directory (the Keycloak side is covered by
 * AccountAdministrationIT against a real Keycloak): validation before anything is sent, audit with
 * before and after, and a change that stops half-way reported, audited, and finished by a retry.
 */
class AccountAdministrationTest {

    private static final Caller ADMIN = Callers.named("admin").subject("admin-sub").displayName("Admin")
            .onlyRoles(Role.ADMIN).build();
    private static final Caller TRAINER = Callers.named("trainer").subject("trainer-sub").displayName("Trainer")
            .onlyRoles(Role.TRAINER).at("UNMISS").category(PersonnelCategory.MILITARY).build();

    private final InMemoryDirectory directory = new InMemoryDirectory();
    private final List<AuditRecord> audit = new ArrayList<>();
    private final AccountAdministration administration = new AccountAdministration();

    @BeforeEach
    void wire() {
        administration.connection = new DirectoryConnection() {
            @Override
            public boolean isAvailable() {
                return true;
            }

            @Override
            public IdentityDirectory directory() {
                return directory;
            }
        };
        administration.access = new AccessControl();
        administration.audit = new AuditTrail() {
            @Override
            public void record(AuditRecord line) {
                audit.add(line);
            }

            @Override
            public void record(String actor, AuditAction action, String type, String id, String detail) {
                throw new AssertionError("account changes are recorded with their time");
            }
        };
        administration.missions = new MissionRepository() {
            private final Mission unmiss = new Mission("UNMISS", "Mission in South Sudan", "South Sudan", "system", Instant.EPOCH);

            @Override
            public List<Mission> all() {
                return List.of(unmiss);
            }

            @Override
            public Optional<Mission> find(String code) {
                return "UNMISS".equals(code) ? Optional.of(unmiss) : Optional.empty();
            }

            @Override
            public void add(Mission mission) {
                throw new UnsupportedOperationException();
            }
        };
    }

    @Test
    void creatingAnAccountSetsItsRolesMissionAndCategoryAndAuditsBeforeAndAfter() {
        String id = administration.create(ADMIN, newAccount("Amina.Diallo", "amina@un.test"));

        DirectoryAccount created = directory.account(id);
        assertThat(created.username()).isEqualTo("amina.diallo");
        assertThat(created.realmRoles()).containsExactly("reader");
        assertThat(created.missionCode()).isEqualTo("UNMISS");
        assertThat(audit).extracting(line -> line.action().name()).containsExactly("ACCOUNT_CREATED", "ACCOUNT_ROLES_CHANGED");
        assertThat(audit.get(1).detail()).contains("roles=[]").contains("-> username=amina.diallo")
                .contains("roles=[reader]").contains("mission=UNMISS");
        assertThat(audit).allMatch(e -> e.actorSubject().equals("admin-sub"));
    }

    @Test
    void anInvalidRequestIsRefusedBeforeKeycloakIsAsked() {
        assertThatThrownBy(() -> administration.create(ADMIN, newAccount("a b", "amina@un.test")))
                .isInstanceOfSatisfying(DirectoryException.class, e -> assertThat(e.reason()).isEqualTo(Reason.INVALID));
        assertThatThrownBy(() -> administration.create(ADMIN, newAccount("amina", "not-an-address")))
                .isInstanceOfSatisfying(DirectoryException.class, e -> assertThat(e.reason()).isEqualTo(Reason.INVALID));
        assertThatThrownBy(() -> administration.create(ADMIN, new NewAccount("amina", "A", "D", "amina@un.test",
                Set.of("reader"), "MINUSMA", "civilian", List.of(), null)))
                .isInstanceOfSatisfying(DirectoryException.class, e -> assertThat(e.getMessage()).contains("active mission"));
        assertThatThrownBy(() -> administration.create(ADMIN, new NewAccount("amina", "A", "D", "amina@un.test",
                Set.of("reader"), "UNMISS", "civilian", List.of(), "UN 1;drop")))
                .isInstanceOfSatisfying(DirectoryException.class, e -> assertThat(e.getMessage()).contains("personnel number"));
        assertThat(directory.accounts).isEmpty();
        assertThat(audit).isEmpty();
    }

    @Test
    void aChangeThatStopsHalfWayIsReportedAuditedAndFinishedByARetry() {
        directory.failRoles = true;
        assertThatThrownBy(() -> administration.create(ADMIN, newAccount("amina", "amina@un.test")))
                .isInstanceOfSatisfying(IncompleteAccountChange.class, e -> assertThat(e.failedStep()).isEqualTo("roles"));
        String id = directory.accounts.keySet().iterator().next();
        assertThat(directory.account(id).realmRoles()).isEmpty();
        assertThat(audit).extracting(line -> line.action().name()).containsExactly("ACCOUNT_CREATED", "ACCOUNT_CHANGE_INCOMPLETE");

        directory.failRoles = false;
        administration.changeAccess(ADMIN, id, Set.of("reader"), "UNMISS", "civilian");
        assertThat(directory.account(id).realmRoles()).containsExactly("reader");
        assertThat(directory.account(id).categoryCode()).isEqualTo("civilian");
    }

    @Test
    void onlyAdministratorsAdministerAndNobodyDisablesThemselves() {
        String id = administration.create(ADMIN, newAccount("amina", "amina@un.test"));
        assertThatThrownBy(() -> administration.setEnabled(TRAINER, id, false)).isInstanceOf(AccessDeniedException.class);
        assertThat(directory.account(id).enabled()).isTrue();

        String self = administration.create(ADMIN, newAccount("admin", "admin@un.test"));
        assertThatThrownBy(() -> administration.setEnabled(ADMIN, self, false))
                .isInstanceOfSatisfying(DirectoryException.class, e -> assertThat(e.reason()).isEqualTo(Reason.INVALID));

        administration.setEnabled(ADMIN, id, false);
        assertThat(directory.account(id).enabled()).isFalse();
        assertThat(audit.get(audit.size() - 1).detail()).contains("enabled=true -> false");
    }

    private static NewAccount newAccount(String username, String email) {
        return new NewAccount(username, "Amina", "Diallo", email, Set.of("reader"), "UNMISS", "civilian", List.of("UPDATE_PASSWORD"), null);
    }

    /** Keycloak's behaviour that matters here: accounts by id, unique usernames, roles and groups. */
    private static final class InMemoryDirectory implements IdentityDirectory {
        final Map<String, DirectoryAccount> accounts = new HashMap<>();
        boolean failRoles;

        @Override
        public String create(NewAccount a) {
            if (accounts.values().stream().anyMatch(x -> x.username().equals(a.username()))) {
                throw new DirectoryException(Reason.CONFLICT, "exists");
            }
            String id = "id-" + (accounts.size() + 1);
            accounts.put(id, new DirectoryAccount(id, a.username(), a.firstName(), a.lastName(), a.email(), true, Set.of(),
                    null, null, a.requiredActions()));
            return id;
        }

        @Override
        public void setRealmRoles(String id, Set<String> roles, Set<String> managed) {
            if (failRoles) {
                throw new DirectoryException(Reason.UNREACHABLE, "Keycloak did not answer");
            }
            DirectoryAccount a = account(id);
            accounts.put(id, new DirectoryAccount(id, a.username(), a.firstName(), a.lastName(), a.email(), a.enabled(),
                    Set.copyOf(roles), a.missionCode(), a.categoryCode(), a.requiredActions()));
        }

        @Override
        public void setMissionAndCategory(String id, String mission, String category) {
            DirectoryAccount a = account(id);
            accounts.put(id, new DirectoryAccount(id, a.username(), a.firstName(), a.lastName(), a.email(), a.enabled(),
                    a.realmRoles(), mission, category, a.requiredActions()));
        }

        @Override
        public void setEnabled(String id, boolean enabled) {
            DirectoryAccount a = account(id);
            accounts.put(id, new DirectoryAccount(id, a.username(), a.firstName(), a.lastName(), a.email(), enabled,
                    a.realmRoles(), a.missionCode(), a.categoryCode(), a.requiredActions()));
        }

        @Override
        public DirectoryAccount account(String id) {
            DirectoryAccount a = accounts.get(id);
            if (a == null) {
                throw new DirectoryException(Reason.NOT_FOUND, id);
            }
            return a;
        }

        @Override
        public List<DirectoryAccount> accounts(String search, int first, int max) {
            return List.copyOf(accounts.values());
        }

        @Override
        public int countAccounts(String search) {
            return accounts.size();
        }

        @Override
        public List<DirectoryAccount> snapshot() {
            return List.copyOf(accounts.values());
        }

        @Override
        public void sendActionsEmail(String id, List<String> actions) {
        }

        @Override
        public void setPassword(String id, String password, boolean temporary) {
        }

        @Override
        public List<DirectoryRole> roles(Set<String> names) {
            return List.of();
        }

        @Override
        public List<DirectoryGroup> missionGroups() {
            return List.of();
        }

        @Override
        public List<DirectoryGroup> categoryGroups() {
            return List.of();
        }

        @Override
        public String createMissionGroup(String code, String name) {
            return "group-" + code;
        }

        @Override
        public void close() {
        }
    }
}
