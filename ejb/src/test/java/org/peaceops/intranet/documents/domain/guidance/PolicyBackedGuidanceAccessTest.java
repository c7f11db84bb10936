package org.peaceops.intranet.documents.domain.guidance;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.peaceops.intranet.documents.application.GuidanceAction;
import org.peaceops.intranet.documents.application.PolicyBackedGuidanceAccess;
import org.peaceops.intranet.documents.domain.LifecycleStatus;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.shared.PersonnelCategory;
import org.peaceops.intranet.shared.Role;
import org.peaceops.intranet.shared.refusal.AccessDenied;

/** The guidance services ask the one access policy, on the version they act on. */
class PolicyBackedGuidanceAccessTest {

    private final PolicyBackedGuidanceAccess access = new PolicyBackedGuidanceAccess();

    private static Caller person(String subject, String mission, Role... roles) {
        return new Caller(subject, subject, subject, EnumSet.of(Role.READER, roles), mission,
                PersonnelCategory.CIVILIAN);
    }

    @Test
    void theAuthorOfASubmittedVersionCannotApproveItButAnotherApproverCan() {
        GuidanceDocument submitted = GuidanceFixture.withVersionIn(LifecycleStatus.SUBMITTED);
        Caller author = person(GuidanceFixture.AUTHOR, "HQ", Role.CONTRIBUTOR, Role.APPROVER);
        assertThatThrownBy(() -> access.check(author, GuidanceAction.APPROVE, submitted))
                .isInstanceOf(AccessDenied.class).hasMessageContaining("own draft");
        assertThatCode(() -> access.check(person("approver-2", "HQ", Role.APPROVER), GuidanceAction.APPROVE, submitted))
                .doesNotThrowAnyException();
    }

    @Test
    void readersReadPromulgatedGuidanceButNotDrafts() {
        Caller reader = person("reader-1", "UNMISS");
        assertThatCode(() -> access.check(reader, GuidanceAction.READ,
                GuidanceFixture.withVersionIn(LifecycleStatus.PROMULGATED))).doesNotThrowAnyException();
        assertThatThrownBy(() -> access.check(reader, GuidanceAction.READ, GuidanceFixture.draft()))
                .isInstanceOf(AccessDenied.class);
    }

    @Test
    void onlyContributorsCreateAndAnActorWithoutAProfileIsDenied() {
        assertThatThrownBy(() -> access.check(person("reader-1", "UNMISS"), GuidanceAction.CREATE, null))
                .isInstanceOf(AccessDenied.class);
        assertThatCode(() -> access.check(person("c-1", "UNMISS", Role.CONTRIBUTOR), GuidanceAction.CREATE, null))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> access.check(Caller.process("someone", EnumSet.of(Role.ADMIN)), GuidanceAction.CREATE, null))
                .isInstanceOf(AccessDenied.class).hasMessageContaining("no signed-in person");
    }

    @Test
    void theSystemActorRunsTheDailyReviewStep() {
        assertThatCode(() -> access.check(Caller.system(), GuidanceAction.START_REVIEW,
                GuidanceFixture.withVersionIn(LifecycleStatus.PROMULGATED))).doesNotThrowAnyException();
        assertThatThrownBy(() -> access.check(person("admin-1", "HQ", Role.ADMIN), GuidanceAction.START_REVIEW,
                GuidanceFixture.withVersionIn(LifecycleStatus.PROMULGATED))).isInstanceOf(AccessDenied.class);
    }
}
