package org.peaceops.intranet.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class MissionTest {

    private static final Instant NOW = Instant.parse("2026-12-02T08:00:00Z");

    @Test
    void a_new_mission_is_active_with_its_code_in_upper_case() {
        Mission mission = new Mission(" unmiss ", "United Nations Mission in South Sudan", "South Sudan", "admin", NOW);
        assertThat(mission.getCode()).isEqualTo("UNMISS");
        assertThat(mission.getStatus()).isEqualTo(MissionStatus.ACTIVE);
        assertThat(mission.getKeycloakGroupId()).isNull();
    }

    @Test
    void codes_are_letters_and_digits_starting_with_a_letter() {
        assertThatThrownBy(() -> new Mission("1UN", "Name", "Country", "admin", NOW)).hasMessageContaining("mission code");
        assertThatThrownBy(() -> new Mission("UN/X", "Name", "Country", "admin", NOW)).hasMessageContaining("mission code");
        assertThatThrownBy(() -> new Mission("U", "Name", "Country", "admin", NOW)).hasMessageContaining("mission code");
        assertThat(Mission.normalisedCode("minusca")).isEqualTo("MINUSCA");
    }

    @Test
    void name_and_country_are_required() {
        assertThatThrownBy(() -> new Mission("UNIFIL", " ", "Lebanon", "admin", NOW)).hasMessageContaining("name");
        assertThatThrownBy(() -> new Mission("UNIFIL", "Interim Force", null, "admin", NOW)).hasMessageContaining("country");
    }
}
