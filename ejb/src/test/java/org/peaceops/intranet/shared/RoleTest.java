package org.peaceops.intranet.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RoleTest {

    @Test
    void roleNamesAreTheLowerCaseNamesUsedByKeycloakAndJakartaSecurity() {
        assertThat(List.of(Role.values()).stream().map(Role::roleName))
                .containsExactly("reader", "contributor", "approver", "trainer", "bpo", "admin");
    }

    @Test
    void fromRoleNameFindsEveryRoleByItsRoleName() {
        for (Role role : Role.values()) {
            assertThat(Role.fromRoleName(role.roleName())).contains(role);
        }
    }

    @Test
    void fromRoleNameIsEmptyForUnknownOrMisspelledNames() {
        assertThat(Role.fromRoleName("superuser")).isEmpty();
        assertThat(Role.fromRoleName("")).isEmpty();
        assertThat(Role.fromRoleName(null)).isEmpty();
        // Jakarta Security role names are case-sensitive: the enum constant name is not a role name.
        assertThat(Role.fromRoleName("ADMIN")).isEmpty();
        assertThat(Role.fromRoleName(" admin")).isEmpty();
    }

    @Test
    void highestIsTheMostPrivilegedRole() {
        assertThat(Role.highest(Set.of(Role.READER))).contains(Role.READER);
        assertThat(Role.highest(Set.of(Role.READER, Role.CONTRIBUTOR))).contains(Role.CONTRIBUTOR);
        assertThat(Role.highest(Set.of(Role.APPROVER, Role.READER, Role.CONTRIBUTOR))).contains(Role.APPROVER);
        assertThat(Role.highest(Set.of(Role.READER, Role.TRAINER))).contains(Role.TRAINER);
        assertThat(Role.highest(Set.of(Role.READER, Role.BPO))).contains(Role.BPO);
        assertThat(Role.highest(List.of(Role.ADMIN, Role.READER, Role.TRAINER))).contains(Role.ADMIN);
        assertThat(Role.highest(EnumSet.allOf(Role.class))).contains(Role.ADMIN);
    }

    @Test
    void highestOfNoRolesIsEmpty() {
        assertThat(Role.highest(Set.of())).isEmpty();
    }
}
