package org.peaceops.intranet.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peaceops.intranet.documents.domain.LifecycleStatus;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.shared.Classification;
import org.peaceops.intranet.shared.PersonnelCategory;
import org.peaceops.intranet.shared.Role;

/** The mission scope of writes, four eyes over editors, and who may discard a draft. */
class AccessPolicyWriteRulesTest {

    private final AccessPolicy policy = new AccessPolicy();

    private static Caller person(String name, String mission, Role role) {
        return new Caller("sub-" + name, name, name, EnumSet.of(Role.READER, role), mission, PersonnelCategory.CIVILIAN);
    }

    private static final Caller CONTRIBUTOR_UNMISS = person("author", "UNMISS", Role.CONTRIBUTOR);
    private static final Caller APPROVER_UNMISS = person("a1", "UNMISS", Role.APPROVER);
    private static final Caller APPROVER_MINUSCA = person("a2", "MINUSCA", Role.APPROVER);
    private static final Caller APPROVER_HQ = person("a3", "HQ", Role.APPROVER);
    private static final Caller CONTRIBUTOR_MINUSCA = person("c2", "MINUSCA", Role.CONTRIBUTOR);

    private static ProtectedDocument draftOf(String mission) {
        return new ProtectedDocument(Classification.INTERNAL, mission, LifecycleStatus.DRAFT.stage(), "sub-author");
    }

    @Test
    void contributorsFileUnderTheirMissionOrHeadquartersAndHeadquartersStaffAnywhere() {
        assertThat(policy.fileIn(CONTRIBUTOR_UNMISS, "UNMISS").allowed()).isTrue();
        assertThat(policy.fileIn(CONTRIBUTOR_UNMISS, "HQ").allowed()).isTrue();
        assertThat(policy.fileIn(CONTRIBUTOR_UNMISS, "MINUSCA").allowed()).isFalse();
        assertThat(policy.fileIn(person("hq", "HQ", Role.CONTRIBUTOR), "MINUSCA").allowed()).isTrue();
    }

    @Test
    void approversValidateTheirOwnMissionsGuidanceAndHeadquartersEverything() {
        assertThat(policy.validateIn(APPROVER_UNMISS, "UNMISS").allowed()).isTrue();
        assertThat(policy.validateIn(APPROVER_MINUSCA, "UNMISS").allowed()).isFalse();
        assertThat(policy.validateIn(APPROVER_UNMISS, "HQ").allowed()).as("high-level guidance is approved at the top")
                .isFalse();
        assertThat(policy.validateIn(APPROVER_HQ, "UNMISS").allowed()).isTrue();
        assertThat(policy.validateIn(APPROVER_MINUSCA, "UNMISS").reason()).contains("UNMISS").contains("MINUSCA");
    }

    @Test
    void nobodyWhoChangedTheDraftApprovesIt() {
        assertThat(policy.approveAsOutsider(APPROVER_HQ, List.of("sub-author", "sub-a3")).allowed()).isFalse();
        assertThat(policy.approveAsOutsider(APPROVER_HQ, List.of("sub-author")).allowed()).isTrue();
    }

    @Test
    void aDraftIsDiscardedByItsAuthorOrAnApproverInScope() {
        assertThat(policy.discardDraft(CONTRIBUTOR_UNMISS, draftOf("HQ")).allowed()).isTrue();
        assertThat(policy.discardDraft(APPROVER_HQ, draftOf("UNMISS")).allowed()).isTrue();
        assertThat(policy.discardDraft(APPROVER_UNMISS, draftOf("UNMISS")).allowed()).isTrue();
        assertThat(policy.discardDraft(APPROVER_MINUSCA, draftOf("UNMISS")).allowed()).isFalse();
        assertThat(policy.discardDraft(CONTRIBUTOR_MINUSCA, draftOf("MINUSCA")).allowed()).as("not their draft").isFalse();
        assertThat(policy.discardDraft(APPROVER_HQ, new ProtectedDocument(Classification.INTERNAL, "HQ",
                LifecycleStatus.PROMULGATED.stage(), "sub-author")).allowed()).as("published versions stay").isFalse();
    }
}
