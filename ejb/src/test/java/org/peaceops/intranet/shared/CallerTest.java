package org.peaceops.intranet.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CallerTest {

    private static Caller profile(Set<Role> roles, String mission) {
        return new Caller("sub-1", "amina", "Amina Diallo", roles, mission, PersonnelCategory.CIVILIAN);
    }

    @Test
    void keepsWhatItWasGiven() {
        Caller p = new Caller("sub-1", "amina", "Amina Diallo", Set.of(Role.READER, Role.TRAINER),
                "UNMISS", PersonnelCategory.MILITARY);

        assertThat(p.subject()).isEqualTo("sub-1");
        assertThat(p.username()).isEqualTo("amina");
        assertThat(p.displayName()).isEqualTo("Amina Diallo");
        assertThat(p.roles()).containsExactlyInAnyOrder(Role.READER, Role.TRAINER);
        assertThat(p.mission()).isEqualTo("UNMISS");
        assertThat(p.category()).isEqualTo(PersonnelCategory.MILITARY);
        assertThat(p.hasRole(Role.TRAINER)).isTrue();
        assertThat(p.hasRole(Role.ADMIN)).isFalse();
    }

    @Test
    void rolesAreACopyTheCallerCannotChangeAfterwards() {
        Set<Role> given = new HashSet<>(Set.of(Role.READER));
        Caller p = profile(given, "UNMISS");

        given.add(Role.ADMIN);

        assertThat(p.roles()).containsExactly(Role.READER);
        assertThat(p.hasRole(Role.ADMIN)).isFalse();
    }

    @Test
    void rolesCannotBeModifiedThroughTheAccessor() {
        Caller p = profile(Set.of(Role.READER), "UNMISS");

        assertThatThrownBy(() -> p.roles().add(Role.ADMIN)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> p.roles().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(p.roles()).containsExactly(Role.READER);
    }

    @Test
    void aProfileWithoutAnyRoleIsRefused() {
        assertThatThrownBy(() -> profile(new HashSet<>(), "UNMISS"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one role");
    }

    @Test
    void atHeadquartersOnlyForMissionHQ() {
        assertThat(profile(Set.of(Role.READER), "HQ").atHeadquarters()).isTrue();
        assertThat(profile(Set.of(Role.READER), Caller.HEADQUARTERS).atHeadquarters()).isTrue();
        assertThat(profile(Set.of(Role.READER), "UNMISS").atHeadquarters()).isFalse();
        assertThat(profile(Set.of(Role.READER), "hq").atHeadquarters()).isFalse();
    }

    @Test
    void highestRoleIsTheMostPrivilegedOne() {
        assertThat(profile(Set.of(Role.READER), "HQ").highestRole()).isEqualTo(Role.READER);
        assertThat(profile(Set.of(Role.READER, Role.APPROVER), "HQ").highestRole()).isEqualTo(Role.APPROVER);
        assertThat(profile(Set.of(Role.ADMIN, Role.READER, Role.CONTRIBUTOR), "HQ").highestRole())
                .isEqualTo(Role.ADMIN);
    }

    @Test
    void requiresEveryField() {
        Set<Role> roles = Set.of(Role.READER);
        PersonnelCategory c = PersonnelCategory.CIVILIAN;

        assertThatNullPointerException().isThrownBy(() -> new Caller(null, "u", "n", roles, "HQ", c))
                .withMessage("subject");
        assertThatNullPointerException().isThrownBy(() -> new Caller("s", null, "n", roles, "HQ", c))
                .withMessage("username");
        assertThatNullPointerException().isThrownBy(() -> new Caller("s", "u", null, roles, "HQ", c))
                .withMessage("displayName");
        assertThatNullPointerException().isThrownBy(() -> new Caller("s", "u", "n", roles, null, c))
                .withMessage("mission");
        assertThatNullPointerException().isThrownBy(() -> new Caller("s", "u", "n", roles, "HQ", null))
                .withMessage("category");
        assertThatNullPointerException().isThrownBy(() -> new Caller("s", "u", "n", null, "HQ", c))
                .withMessage("roles");
    }

    @Test
    void survivesSerialisationAsSessionStateMust() throws Exception {
        Caller p = profile(Set.of(Role.READER, Role.CONTRIBUTOR), "UNMISS");

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(p);
        }
        Caller copy;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (Caller) in.readObject();
        }

        assertThat(copy.username()).isEqualTo("amina");
        assertThat(copy.roles()).containsExactlyInAnyOrder(Role.READER, Role.CONTRIBUTOR);
        assertThat(copy.mission()).isEqualTo("UNMISS");
        assertThat(copy.category()).isEqualTo(PersonnelCategory.CIVILIAN);
        assertThatThrownBy(() -> copy.roles().add(Role.ADMIN)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void theSystemIsNoPersonAndAPersonCalledSystemIsNotTheSystem() {
        Caller system = Caller.system();
        assertThat(system.isSystem()).isTrue();
        assertThat(system.isPerson()).isFalse();
        assertThat(system.person()).isEmpty();
        assertThat(system.subject()).isEqualTo(Caller.SYSTEM_SUBJECT);
        assertThat(system.hasRole(Role.ADMIN)).isTrue();
        assertThatThrownBy(system::mission).isInstanceOf(SecurityException.class);

        Caller named = new Caller(Caller.SYSTEM_SUBJECT, "system", "System", Set.of(Role.READER), "HQ",
                PersonnelCategory.CIVILIAN);
        assertThat(named.isSystem()).isFalse();
        assertThat(named.person()).contains(named);
        assertThat(Caller.process("importer", Set.of(Role.ADMIN)).isSystem()).isFalse();
    }

    @Test
    void equalCallersCarryTheSameValues() {
        assertThat(profile(Set.of(Role.READER), "UNMISS")).isEqualTo(profile(Set.of(Role.READER), "UNMISS"))
                .isNotEqualTo(profile(Set.of(Role.READER), "MINUSCA"));
        assertThat(Caller.system()).isEqualTo(Caller.system());
    }
}
