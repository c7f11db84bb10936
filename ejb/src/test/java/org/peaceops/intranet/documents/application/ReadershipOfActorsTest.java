package org.peaceops.intranet.documents.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.peaceops.intranet.documents.domain.guidance.Readership;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.shared.PersonnelCategory;
import org.peaceops.intranet.shared.Role;
import org.peaceops.intranet.shared.refusal.AccessDenied;

/** The listing's readership follows the access policy's reading rules for each kind of person. */
class ReadershipOfActorsTest {

    private static Caller person(String mission, Role... roles) {
        return new Caller("s-" + mission, "u", "U", EnumSet.of(Role.READER, roles), mission,
                PersonnelCategory.CIVILIAN);
    }

    @Test
    void aMissionReaderSeesPublishedGuidanceOfTheirScope() {
        Readership r = GuidanceQueries.readership(person("UNMISS"));
        assertThat(r.mission()).isEqualTo("UNMISS");
        assertThat(r.everyMission()).isFalse();
        assertThat(r.preparation()).isEqualTo(Readership.Preparation.NONE);
    }

    @Test
    void headquartersSeesEveryMissionApproversSeeSubmittedWorkAdminsEverything() {
        assertThat(GuidanceQueries.readership(person("HQ")).everyMission()).isTrue();
        assertThat(GuidanceQueries.readership(person("HQ", Role.APPROVER)).preparation())
                .isEqualTo(Readership.Preparation.SUBMITTED_AND_LATER);
        assertThat(GuidanceQueries.readership(person("UNMISS", Role.ADMIN)).preparation())
                .isEqualTo(Readership.Preparation.ALL);
        assertThat(GuidanceQueries.readership(Caller.system()).everyMission()).isTrue();
    }

    @Test
    void anActorWithoutAProfileSeesNothing() {
        assertThatThrownBy(() -> GuidanceQueries.readership(Caller.process("x", EnumSet.of(Role.ADMIN))))
                .isInstanceOf(AccessDenied.class);
    }
}
