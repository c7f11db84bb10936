package org.peaceops.intranet.identity.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.shared.Role;

class DemoAccountsTest {

    @ParameterizedTest
    @EnumSource(Role.class)
    void thereIsOneAccountNamedAfterEachRoleWhoseHighestRoleIsThatRole(Role role) {
        Caller account = DemoAccounts.find(role.roleName()).orElseThrow();

        assertThat(account.hasRole(role)).isTrue();
        assertThat(account.highestRole()).isEqualTo(role);
    }

    @Test
    void eachRoleIsTheHighestRoleOfSomeAccount() {
        assertThat(DemoAccounts.all().stream().map(Caller::highestRole)).contains(Role.values());
    }

    @Test
    void theReaderAccountHoldsOnlyTheReaderRole() {
        assertThat(DemoAccounts.find("reader").orElseThrow().roles()).containsExactly(Role.READER);
    }

    @Test
    void aSecondReaderWorksInAnotherMission() {
        Caller reader = DemoAccounts.find("reader").orElseThrow();
        List<Caller> otherReaders = DemoAccounts.all().stream()
                .filter(a -> a.roles().equals(reader.roles()))
                .filter(a -> !a.username().equals(reader.username()))
                .toList();

        assertThat(otherReaders).isNotEmpty();
        assertThat(otherReaders).anyMatch(a -> !a.mission().equals(reader.mission()));
        assertThat(DemoAccounts.find("reader2").orElseThrow().mission()).isNotEqualTo(reader.mission());
    }

    @Test
    void usernamesAndSubjectsAreUnique() {
        List<Caller> all = DemoAccounts.all();

        assertThat(all.stream().map(Caller::username)).doesNotHaveDuplicates();
        assertThat(all.stream().map(Caller::subject)).doesNotHaveDuplicates();
        assertThat(all).allSatisfy(a -> assertThat(a.subject()).isEqualTo("demo:" + a.username()));
    }

    @Test
    void theAccountListCannotBeChanged() {
        assertThatThrownBy(() -> DemoAccounts.all().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void authenticatesEveryAccountWithTheDemoPassword() {
        for (Caller account : DemoAccounts.all()) {
            assertThat(DemoAccounts.authenticate(account.username(), "demo"))
                    .hasValueSatisfying(p -> assertThat(p.username()).isEqualTo(account.username()));
        }
        assertThat(DemoAccounts.PASSWORD).isEqualTo("demo");
    }

    @Test
    void refusesAWrongPassword() {
        assertThat(DemoAccounts.authenticate("admin", "admin")).isEmpty();
        assertThat(DemoAccounts.authenticate("admin", "Demo")).isEmpty();
        assertThat(DemoAccounts.authenticate("admin", "demo ")).isEmpty();
        assertThat(DemoAccounts.authenticate("admin", "dem")).isEmpty();
        assertThat(DemoAccounts.authenticate("admin", "")).isEmpty();
    }

    @Test
    void refusesANullPassword() {
        assertThat(DemoAccounts.authenticate("admin", null)).isEmpty();
    }

    @Test
    void refusesAnUnknownUserEvenWithTheDemoPassword() {
        assertThat(DemoAccounts.authenticate("mallory", "demo")).isEmpty();
        assertThat(DemoAccounts.authenticate("ADMIN", "demo")).isEmpty();
        assertThat(DemoAccounts.authenticate(null, "demo")).isEmpty();
        assertThat(DemoAccounts.find("mallory")).isEmpty();
    }

    @Test
    void eachAccountHasItsOwnPersonnelNumberAndTheRealmsUsersOthers() throws Exception {
        String realm = java.nio.file.Files.readString(java.nio.file.Path.of("../config/keycloak/peaceops-realm.json"));
        List<String> numbers = DemoAccounts.all().stream()
                .map(a -> DemoAccounts.personnelNumberOf(a.username()).orElseThrow()).toList();

        assertThat(numbers).doesNotHaveDuplicates().allMatch(n -> n.matches("[A-Za-z0-9][A-Za-z0-9./-]{0,63}"));
        for (Caller account : DemoAccounts.all()) {
            // The realm user of the same name has a number too, and another one.
            String block = realm.substring(realm.indexOf("\"username\": \"" + account.username() + "\""));
            int next = block.indexOf("\"username\": ", 1);
            block = next < 0 ? block : block.substring(0, next);
            assertThat(block).as(account.username()).containsPattern("\"personnel_number\": \\[\\s*\"UN-\\d+\"")
                    .doesNotContain(DemoAccounts.personnelNumberOf(account.username()).orElseThrow());
        }
        assertThat(realm).as("the realm's user profile declares the attribute").contains("personnel_number\\\"");
        assertThat(DemoAccounts.personnelNumberOf("mallory")).isEmpty();
    }
}
