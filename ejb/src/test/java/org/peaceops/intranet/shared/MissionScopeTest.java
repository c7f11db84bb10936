package org.peaceops.intranet.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MissionScopeTest {

    @Test
    void everyMissionIncludesAnyMissionAndNoneIncludesNothing() {
        assertThat(MissionScope.everyMission().includes("UNMISS")).isTrue();
        assertThat(MissionScope.everyMission().isNone()).isFalse();
        assertThat(MissionScope.none().includes("UNMISS")).isFalse();
        assertThat(MissionScope.none().isEveryMission()).isFalse();
    }

    @Test
    void namedMissionsIncludeThoseOnlyAndAnEmptyListIsNone() {
        MissionScope unmiss = MissionScope.of(List.of("UNMISS"));
        assertThat(unmiss.includes("UNMISS")).isTrue();
        assertThat(unmiss.includes("MINUSCA")).isFalse();
        assertThat(unmiss.missions()).containsExactly("UNMISS");
        assertThat(MissionScope.of(List.of())).isEqualTo(MissionScope.none());
    }
}
