package org.peaceops.intranet.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.peaceops.intranet.shared.refusal.RuleBroken;

class MissionCodeTest {

    @Test
    void aCodeIsTrimmedAndUpperCasedAndHeadquartersIsKnown() {
        assertThat(new MissionCode(" unmiss ").getValue()).isEqualTo("UNMISS");
        assertThat(new MissionCode("hq").isHeadquarters()).isTrue();
        assertThat(new MissionCode("MINUSCA")).isEqualTo(new MissionCode("minusca")).isNotEqualTo(MissionCode.HEADQUARTERS);
    }

    @Test
    void somethingElseIsRefusedAsABrokenRuleWithItsKey() {
        for (String bad : new String[] {null, "", "U", "UN MISS", "1UNMISS", "A".repeat(21)}) {
            assertThatThrownBy(() -> new MissionCode(bad)).as(String.valueOf(bad)).isInstanceOf(RuleBroken.class)
                    .extracting("key").isEqualTo("mission.code.invalid");
        }
    }
}
