package org.peaceops.intranet.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peaceops.intranet.documents.domain.LifecycleStatus.APPROVED;
import static org.peaceops.intranet.documents.domain.LifecycleStatus.ARCHIVED;
import static org.peaceops.intranet.documents.domain.LifecycleStatus.DRAFT;
import static org.peaceops.intranet.documents.domain.LifecycleStatus.PROMULGATED;
import static org.peaceops.intranet.documents.domain.LifecycleStatus.SUBMITTED;
import static org.peaceops.intranet.documents.domain.LifecycleStatus.SUPERSEDED;
import static org.peaceops.intranet.documents.domain.LifecycleStatus.UNDER_REVIEW;
import static org.peaceops.intranet.documents.domain.LifecycleStatus.WITHDRAWN;
import static org.peaceops.intranet.shared.Classification.CONFIDENTIAL;
import static org.peaceops.intranet.shared.Classification.INTERNAL;
import static org.peaceops.intranet.shared.Classification.PUBLIC;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.peaceops.intranet.documents.domain.LifecycleStatus;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.shared.Classification;
import org.peaceops.intranet.shared.Role;
import org.peaceops.intranet.testing.Callers;

class AccessPolicyTest {

    private final AccessPolicy policy = new AccessPolicy();

    private static Caller person(String name, String mission, Role... roles) {
        return Callers.named(name).subject("sub-" + name).at(mission).withRoles(roles).build();
    }

    private static final Caller READER_UNMISS = person("reader", "UNMISS");
    private static final Caller READER_MINUSCA = person("reader2", "MINUSCA");
    private static final Caller READER_HQ = person("hqreader", "HQ");
    private static final Caller AUTHOR = person("author", "UNMISS", Role.CONTRIBUTOR);
    private static final Caller APPROVER_HQ = person("approver", "HQ", Role.APPROVER);
    private static final Caller ADMIN = person("admin", "HQ", Role.ADMIN);
    private static final Caller TRAINER_UNMISS = person("trainer", "UNMISS", Role.TRAINER);
    private static final Caller TRAINER_HQ = person("hqtrainer", "HQ", Role.TRAINER);

    private static ProtectedDocument doc(Classification c, LifecycleStatus s) {
        return new ProtectedDocument(c, "UNMISS", s.stage(), AUTHOR.subject());
    }

    static Stream<Arguments> readMatrix() {
        return Stream.of(
                // who, classification, status, may read
                Arguments.of(READER_MINUSCA, PUBLIC, PROMULGATED, true),
                Arguments.of(READER_MINUSCA, INTERNAL, UNDER_REVIEW, true),
                Arguments.of(READER_MINUSCA, INTERNAL, SUPERSEDED, true),
                Arguments.of(READER_MINUSCA, CONFIDENTIAL, PROMULGATED, false),
                Arguments.of(READER_UNMISS, CONFIDENTIAL, PROMULGATED, true),
                Arguments.of(READER_HQ, CONFIDENTIAL, PROMULGATED, true),
                Arguments.of(READER_UNMISS, PUBLIC, DRAFT, false),
                Arguments.of(READER_UNMISS, PUBLIC, SUBMITTED, false),
                Arguments.of(READER_UNMISS, PUBLIC, WITHDRAWN, false),
                Arguments.of(READER_UNMISS, PUBLIC, ARCHIVED, false),
                Arguments.of(AUTHOR, CONFIDENTIAL, DRAFT, true),
                Arguments.of(APPROVER_HQ, CONFIDENTIAL, SUBMITTED, true),
                Arguments.of(APPROVER_HQ, INTERNAL, DRAFT, false),
                Arguments.of(APPROVER_HQ, INTERNAL, WITHDRAWN, true),
                Arguments.of(ADMIN, CONFIDENTIAL, DRAFT, true),
                Arguments.of(TRAINER_UNMISS, INTERNAL, APPROVED, false));
    }

    @ParameterizedTest(name = "{0} reads {1} {2}: {3}")
    @MethodSource("readMatrix")
    void readAndDownloadFollowTheSameRules(Caller who, Classification c, LifecycleStatus s, boolean allowed) {
        assertThat(policy.decide(who, Action.READ, doc(c, s)).allowed()).isEqualTo(allowed);
        assertThat(policy.decide(who, Action.DOWNLOAD, doc(c, s)).allowed()).isEqualTo(allowed);
    }

    @Test
    void anApproverNeverApprovesTheirOwnDraft() {
        Caller authoringApprover = person("both", "UNMISS", Role.CONTRIBUTOR, Role.APPROVER, Role.ADMIN);
        ProtectedDocument own = new ProtectedDocument(INTERNAL, "UNMISS", SUBMITTED.stage(), authoringApprover.subject());
        AccessDecision decision = policy.decide(authoringApprover, Action.APPROVE, own);
        assertThat(decision.allowed()).isFalse();
        assertThat(decision.reason()).contains("own draft");
        assertThat(policy.decide(APPROVER_HQ, Action.APPROVE, own).allowed()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = LifecycleStatus.class, names = "SUBMITTED", mode = EnumSource.Mode.EXCLUDE)
    void approvalOnlyOfSubmittedVersions(LifecycleStatus status) {
        assertThat(policy.decide(APPROVER_HQ, Action.APPROVE, doc(INTERNAL, status)).allowed()).isFalse();
    }

    @Test
    void lifecycleActionsNeedTheApproverRoleAndTheRightStatus() {
        assertThat(policy.decide(APPROVER_HQ, Action.PROMULGATE, doc(INTERNAL, APPROVED)).allowed()).isTrue();
        assertThat(policy.decide(APPROVER_HQ, Action.PROMULGATE, doc(INTERNAL, SUBMITTED)).allowed()).isFalse();
        assertThat(policy.decide(AUTHOR, Action.PROMULGATE, doc(INTERNAL, APPROVED)).allowed()).isFalse();
        assertThat(policy.decide(APPROVER_HQ, Action.RETURN_TO_DRAFT, doc(INTERNAL, APPROVED)).allowed()).isTrue();
        assertThat(policy.decide(APPROVER_HQ, Action.WITHDRAW, doc(INTERNAL, PROMULGATED)).allowed()).isTrue();
        assertThat(policy.decide(APPROVER_HQ, Action.WITHDRAW, doc(INTERNAL, DRAFT)).allowed()).isFalse();
        assertThat(policy.decide(READER_UNMISS, Action.WITHDRAW, doc(INTERNAL, PROMULGATED)).allowed()).isFalse();
        assertThat(policy.decide(APPROVER_HQ, Action.ARCHIVE, doc(INTERNAL, WITHDRAWN)).allowed()).isFalse();
        assertThat(policy.decide(ADMIN, Action.ARCHIVE, doc(INTERNAL, WITHDRAWN)).allowed()).isTrue();
    }

    @Test
    void onlyTheAuthorEditsAndSubmitsADraft() {
        assertThat(policy.decide(AUTHOR, Action.EDIT_DRAFT, doc(INTERNAL, DRAFT)).allowed()).isTrue();
        assertThat(policy.decide(AUTHOR, Action.SUBMIT_FOR_VALIDATION, doc(INTERNAL, DRAFT)).allowed()).isTrue();
        assertThat(policy.decide(AUTHOR, Action.EDIT_DRAFT, doc(INTERNAL, SUBMITTED)).allowed()).isFalse();
        assertThat(policy.decide(APPROVER_HQ, Action.EDIT_DRAFT, doc(INTERNAL, DRAFT)).allowed()).isFalse();
        assertThat(policy.decide(AUTHOR, Action.EDIT_DRAFT, doc(INTERNAL, PROMULGATED)).allowed()).isFalse();
    }

    @Test
    void confidentialDocumentsOfAnotherMissionAreClosedToEveryAction() {
        ProtectedDocument elsewhere = new ProtectedDocument(CONFIDENTIAL, "MINUSCA", SUBMITTED.stage(), "sub-someone");
        Caller missionApprover = person("mapprover", "UNMISS", Role.APPROVER);
        for (Action action : Action.values()) {
            assertThat(policy.decide(missionApprover, action, elsewhere).allowed()).as(action.name()).isFalse();
        }
        assertThat(policy.decide(APPROVER_HQ, Action.APPROVE, elsewhere).allowed()).isTrue();
    }

    @Test
    void trainersManageTrainingInTheirMissionAndHeadquartersTrainersEverywhere() {
        assertThat(policy.decide(TRAINER_UNMISS, Action.MANAGE_TRAINING, "UNMISS").allowed()).isTrue();
        assertThat(policy.decide(TRAINER_UNMISS, Action.MANAGE_TRAINING, "MINUSCA").allowed()).isFalse();
        assertThat(policy.decide(TRAINER_HQ, Action.MANAGE_TRAINING, "MINUSCA").allowed()).isTrue();
        assertThat(policy.decide(READER_HQ, Action.MANAGE_TRAINING, "HQ").allowed()).isFalse();
        assertThat(policy.decide(ADMIN, Action.MANAGE_TRAINING, "MONUSCO").allowed()).isTrue();
    }

    @Test
    void bestPracticesOfficersReviewTheReportsOfTheirOwnMissionOnly() {
        Caller officerUnmiss = person("bpo", "UNMISS", Role.BPO);
        Caller officerHq = person("hqbpo", "HQ", Role.BPO);
        assertThat(policy.decide(officerUnmiss, Action.REVIEW_REPORTS, "UNMISS").allowed()).isTrue();
        assertThat(policy.decide(officerUnmiss, Action.REVIEW_REPORTS, "MINUSCA").allowed()).isFalse();
        assertThat(policy.decide(officerHq, Action.REVIEW_REPORTS, "HQ").allowed()).isTrue();
        // Headquarters does not review a mission's lessons for it; nor do administrators or approvers.
        assertThat(policy.decide(officerHq, Action.REVIEW_REPORTS, "UNMISS").allowed()).isFalse();
        assertThat(policy.decide(ADMIN, Action.REVIEW_REPORTS, "HQ").allowed()).isFalse();
        assertThat(policy.decide(person("approver-unmiss", "UNMISS", Role.APPROVER), Action.REVIEW_REPORTS, "UNMISS")
                .allowed()).isFalse();
        assertThat(policy.decide(AUTHOR, Action.REVIEW_REPORTS, "UNMISS").allowed()).isFalse();
        // The officer role grants nothing else: no guidance drafting, no training, no administration.
        assertThat(policy.decide(officerUnmiss, Action.CREATE_DRAFT, "UNMISS").allowed()).isFalse();
        assertThat(policy.decide(officerUnmiss, Action.MANAGE_TRAINING, "UNMISS").allowed()).isFalse();
        assertThat(policy.decide(officerUnmiss, Action.ADMINISTER, "UNMISS").allowed()).isFalse();
        assertThat(policy.decide(officerUnmiss, Action.APPROVE,
                new ProtectedDocument(PUBLIC, "UNMISS", SUBMITTED.stage(), "sub-other")).allowed()).isFalse();
    }

    @Test
    void administrationAndDraftingByRole() {
        assertThat(policy.decide(ADMIN, Action.ADMINISTER, "HQ").allowed()).isTrue();
        assertThat(policy.decide(APPROVER_HQ, Action.ADMINISTER, "HQ").allowed()).isFalse();
        assertThat(policy.decide(AUTHOR, Action.CREATE_DRAFT, "UNMISS").allowed()).isTrue();
        assertThat(policy.decide(READER_UNMISS, Action.CREATE_DRAFT, "UNMISS").allowed()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Action.class)
    void denyByDefaultForSomeoneWithOnlyTheReaderRole(Action action) {
        ProtectedDocument draft = new ProtectedDocument(PUBLIC, "UNMISS", DRAFT.stage(), "sub-other");
        assertThat(policy.decide(READER_UNMISS, action, draft).allowed()).as(action.name()).isFalse();
        assertThat(policy.decide(READER_UNMISS, action, "UNMISS").allowed()).as(action.name()).isFalse();
    }

    // ---- reading one version: role × mission × version status, inside a document in force or withdrawn ----

    private static final String OTHER_AUTHOR = "sub-someone-else";
    private static final List<Caller> EVERYONE = List.of(
            READER_UNMISS, READER_MINUSCA, READER_HQ, AUTHOR, person("contributor2", "MINUSCA", Role.CONTRIBUTOR),
            person("approver-unmiss", "UNMISS", Role.APPROVER), person("approver-minusca", "MINUSCA", Role.APPROVER),
            APPROVER_HQ, ADMIN, person("admin-minusca", "MINUSCA", Role.ADMIN), TRAINER_UNMISS, TRAINER_HQ);
    private static final List<LifecycleStatus> VERSION_STATUSES =
            List.of(DRAFT, SUBMITTED, APPROVED, PROMULGATED, SUPERSEDED, WITHDRAWN);

    /**
     * The rule as documented, written out independently of the policy's code: in scope (not confidential,
     * or the reader's own mission, headquarters, or written by the reader), then published for everyone;
     * otherwise the author, administrators, and approvers of the owning mission or headquarters once
     * submitted.
     */
    private static boolean expected(Caller user, Classification c, String mission, LifecycleStatus status,
            String author) {
        boolean own = author.equals(user.subject());
        boolean inScope = c != CONFIDENTIAL || user.atHeadquarters() || user.mission().equals(mission) || own;
        if (!inScope) {
            return false;
        }
        return switch (status) {
            case PROMULGATED, UNDER_REVIEW, SUPERSEDED -> true;
            case DRAFT -> own || user.hasRole(Role.ADMIN);
            default -> own || user.hasRole(Role.ADMIN) || (user.hasRole(Role.APPROVER)
                    && (user.atHeadquarters() || user.mission().equals(mission)));
        };
    }

    @Test
    void everyVersionIsReadAsItsDocumentAndItsOwnStatusAllowAcrossTheWholeGrid() {
        int cells = 0;
        int allowed = 0;
        for (Caller user : EVERYONE) {
            for (String mission : List.of("UNMISS", "MINUSCA", "HQ")) {
                for (Classification c : Classification.values()) {
                    for (LifecycleStatus status : VERSION_STATUSES) {
                        for (String author : List.of(AUTHOR.subject(), OTHER_AUTHOR)) {
                            // the document as its version in force (or newest) describes it
                            for (LifecycleStatus current : List.of(PROMULGATED, WITHDRAWN, status)) {
                                ProtectedDocument document = new ProtectedDocument(c, mission, current.stage(), OTHER_AUTHOR);
                                ProtectedDocument version = new ProtectedDocument(c, mission, status.stage(), author);
                                boolean want = expected(user, c, mission, current, OTHER_AUTHOR)
                                        && expected(user, c, mission, status, author);
                                for (Action read : List.of(Action.READ, Action.DOWNLOAD)) {
                                    assertThat(policy.decideVersion(user, read, document, version).allowed())
                                            .as("%s %s v(%s by %s) of %s %s document (%s)", user.username(), read,
                                                    status, author, c, mission, current)
                                            .isEqualTo(want);
                                }
                                cells++;
                                allowed += want ? 1 : 0;
                            }
                        }
                    }
                }
            }
        }
        assertThat(allowed).as("both answers occur").isBetween(1, cells - 1);
    }

    @Test
    void aDraftInsidePublishedGuidanceIsItsAuthorsNotEveryReaders() {
        ProtectedDocument inForce = new ProtectedDocument(PUBLIC, "HQ", PROMULGATED.stage(), OTHER_AUTHOR);
        ProtectedDocument draft = new ProtectedDocument(PUBLIC, "HQ", DRAFT.stage(), AUTHOR.subject());
        assertThat(policy.decide(READER_MINUSCA, Action.READ, inForce).allowed()).isTrue();
        assertThat(policy.decideVersion(READER_MINUSCA, Action.READ, inForce, draft).allowed()).isFalse();
        assertThat(policy.decideVersion(READER_MINUSCA, Action.DOWNLOAD, inForce, draft).allowed()).isFalse();
        assertThat(policy.decideVersion(APPROVER_HQ, Action.READ, inForce, draft).allowed()).isFalse();
        assertThat(policy.decideVersion(AUTHOR, Action.READ, inForce, draft).allowed()).isTrue();
        assertThat(policy.decideVersion(ADMIN, Action.READ, inForce, draft).allowed()).isTrue();
        ProtectedDocument submitted = new ProtectedDocument(PUBLIC, "HQ", SUBMITTED.stage(), AUTHOR.subject());
        assertThat(policy.decideVersion(APPROVER_HQ, Action.READ, inForce, submitted).allowed()).isTrue();
        assertThat(policy.decideVersion(person("approver-minusca", "MINUSCA", Role.APPROVER), Action.READ, inForce,
                submitted).allowed()).as("an approver of another mission").isFalse();
    }

    @Test
    void aWithdrawnDocumentClosesItsSupersededVersionsToReaders() {
        ProtectedDocument withdrawn = new ProtectedDocument(PUBLIC, "HQ", WITHDRAWN.stage(), OTHER_AUTHOR);
        ProtectedDocument superseded = new ProtectedDocument(PUBLIC, "HQ", SUPERSEDED.stage(), OTHER_AUTHOR);
        assertThat(policy.decide(READER_UNMISS, Action.READ, superseded).allowed()).isTrue();
        assertThat(policy.decideVersion(READER_UNMISS, Action.READ, withdrawn, superseded).allowed()).isFalse();
        assertThat(policy.decideVersion(APPROVER_HQ, Action.READ, withdrawn, superseded).allowed()).isTrue();
    }

    @Test
    void onlyReadingIsDecidedPerVersion() {
        ProtectedDocument v = new ProtectedDocument(PUBLIC, "HQ", DRAFT.stage(), AUTHOR.subject());
        assertThat(policy.decideVersion(AUTHOR, Action.EDIT_DRAFT, v, v).allowed()).isFalse();
    }
}
