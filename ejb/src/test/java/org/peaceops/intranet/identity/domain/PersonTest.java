package org.peaceops.intranet.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.shared.PersonnelCategory;
import org.peaceops.intranet.shared.Role;

class PersonTest {

    private static Caller profile(String mission, Role... roles) {
        return new Caller("kc-123", "amina", "Amina Diallo", EnumSet.of(Role.READER, roles), mission,
                PersonnelCategory.CIVILIAN);
    }

    @Test
    void firstSignInRecordsTheProfile() {
        Instant t = Instant.parse("2026-11-24T08:00:00Z");
        Person p = Person.firstSignIn(profile("UNMISS", Role.TRAINER), "amina@un.test", t);
        assertThat(p.getSubject()).isEqualTo("kc-123");
        assertThat(p.getMission()).isEqualTo("UNMISS");
        assertThat(p.getRoles()).isEqualTo("reader,trainer");
        assertThat(p.getCategory()).isEqualTo("civilian");
        assertThat(p.getSignInCount()).isEqualTo(1);
        assertThat(p.getFirstSeen()).isEqualTo(p.getLastSignIn());
    }

    @Test
    void aLaterSignInPicksUpAMissionMoveAndKeepsFirstSeen() {
        Instant t0 = Instant.parse("2026-01-10T08:00:00Z");
        Instant t1 = Instant.parse("2026-11-24T08:00:00Z");
        Person p = Person.firstSignIn(profile("UNMISS"), null, t0);
        p.signedIn(profile("MINUSCA", Role.CONTRIBUTOR), "amina@un.test", t1);
        assertThat(p.getMission()).isEqualTo("MINUSCA");
        assertThat(p.getRoles()).isEqualTo("contributor,reader");
        assertThat(p.getEmail()).isEqualTo("amina@un.test");
        assertThat(p.getSignInCount()).isEqualTo(2);
        assertThat(p.getFirstSeen()).isBefore(p.getLastSignIn());
    }

    @Test
    void anotherPersonsProfileIsRefused() {
        Person p = Person.firstSignIn(profile("UNMISS"), null, Instant.now());
        Caller other = new Caller("kc-999", "x", "X", EnumSet.of(Role.READER), "HQ", PersonnelCategory.POLICE);
        assertThatThrownBy(() -> p.signedIn(other, null, Instant.now())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theDirectorySyncPicksUpAMoveAndADisabledAccountAndTheNextSignInEnablesAgain() {
        Instant t0 = Instant.parse("2026-11-01T08:00:00Z");
        Person p = Person.firstSignIn(profile("UNMISS"), "amina@un.test", t0);
        p.refreshFromDirectory("Amina Diallo", " ", "minusca", "POLICE", false, t0.plusSeconds(3600));
        assertThat(p.getMission()).isEqualTo("MINUSCA");
        assertThat(p.getCategory()).isEqualTo("police");
        assertThat(p.getEmail()).isEqualTo("amina@un.test");
        assertThat(p.isAccountEnabled()).isFalse();
        assertThat(p.getDirectorySyncedAt()).isEqualTo(java.time.LocalDateTime.of(2026, 11, 1, 9, 0));

        p.signedIn(profile("UNMISS"), null, t0.plusSeconds(7200));
        assertThat(p.isAccountEnabled()).isTrue();
    }
}
