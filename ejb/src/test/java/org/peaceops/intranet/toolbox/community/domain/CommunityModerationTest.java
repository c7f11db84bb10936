package org.peaceops.intranet.toolbox.community.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.peaceops.intranet.toolbox.domain.ToolboxFixture.NOW;
import static org.peaceops.intranet.toolbox.domain.ToolboxFixture.stored;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peaceops.intranet.shared.refusal.AccessDenied;
import org.peaceops.intranet.shared.refusal.Conflict;
import org.peaceops.intranet.shared.refusal.Refusal;
import org.peaceops.intranet.shared.refusal.RuleBroken;

/** The rules of a community: who asks, answers and moderates, what others see, and raising for guidance. */
class CommunityModerationTest {

    private static final String FOUNDER = "bpo-sub";
    private static final String ASKER = "reader-sub";
    private static final String ANSWERER = "reader2-sub";
    private static final String OUTSIDER = "trainer-sub";

    private Community community;

    @BeforeEach
    void community() {
        community = stored(Community.found("Rule of law", Specialty.RULE_OF_LAW, "Courts, prisons, police", FOUNDER, NOW),
                7L);
        community.join(ASKER, NOW);
        community.join(ANSWERER, NOW);
    }

    private Question askedAndStored() {
        return stored(Question.ask(community, ASKER, "Pre-trial detention?", "<p>How long <b>may</b> we hold?</p>",
                List.of(11L), NOW), 21L);
    }

    @Test
    void theFounderIsTheFirstModeratorAndJoiningIsOpenAndIdempotent() {
        assertThat(community.isModerator(FOUNDER)).isTrue();
        assertThat(community.isMember(ASKER)).isTrue();
        assertThat(community.isModerator(ASKER)).isFalse();
        community.join(ASKER, NOW);
        assertThat(community.members()).hasSize(3);
        assertThat(community.moderators()).extracting(Membership::subject).containsExactly(FOUNDER);
    }

    @Test
    void aNameIsRequiredAndAnOversizedOneIsRefusedOnItsField() {
        assertThatThrownBy(() -> Community.found("  ", Specialty.DDR, null, FOUNDER, NOW))
                .isInstanceOf(RuleBroken.class).extracting(e -> ((Refusal) e).field()).isEqualTo("name");
        assertThatThrownBy(() -> Community.found("x".repeat(Community.MAX_NAME + 1), Specialty.DDR, null, FOUNDER, NOW))
                .isInstanceOf(RuleBroken.class);
    }

    @Test
    void onlyAModeratorAppointsAnotherAndOnlyAMember() {
        assertThatThrownBy(() -> community.appointModerator(ASKER, ANSWERER)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> community.appointModerator(FOUNDER, OUTSIDER)).isInstanceOf(RuleBroken.class);
        community.appointModerator(FOUNDER, ANSWERER);
        assertThat(community.isModerator(ANSWERER)).isTrue();
    }

    @Test
    void onlyMembersAsk() {
        assertThatThrownBy(() -> Question.ask(community, OUTSIDER, "Q", "<p>text</p>", List.of(), NOW))
                .isInstanceOf(AccessDenied.class);
    }

    @Test
    void aMembersQuestionWaitsForAModeratorAndIsSeenMeanwhileByItsAuthorAndTheModeratorsOnly() {
        Question q = askedAndStored();
        assertThat(q.status()).isEqualTo(PostStatus.PENDING);
        assertThat(q.isVisibleTo(community, ASKER)).isTrue();
        assertThat(q.isVisibleTo(community, FOUNDER)).isTrue();
        assertThat(q.isVisibleTo(community, ANSWERER)).isFalse();
        assertThatThrownBy(() -> Answer.give(community, q, ANSWERER, "<p>Not yet</p>", NOW)).isInstanceOf(RuleBroken.class);

        assertThatThrownBy(() -> q.approve(community, ANSWERER, q.rowVersion(), NOW)).isInstanceOf(AccessDenied.class);
        q.approve(community, FOUNDER, q.rowVersion(), NOW);
        assertThat(q.status()).isEqualTo(PostStatus.PUBLISHED);
        assertThat(q.isVisibleTo(community, OUTSIDER)).isTrue();
        assertThatThrownBy(() -> q.reject(community, FOUNDER, q.rowVersion(), NOW)).isInstanceOf(RuleBroken.class);
    }

    @Test
    void aModeratorsOwnPostNeedsNoSecondLook() {
        Question q = Question.ask(community, FOUNDER, "Announcement", "<p>Welcome</p>", List.of(), NOW);
        assertThat(q.status()).isEqualTo(PostStatus.PUBLISHED);
    }

    @Test
    void aModerationOnAStaleViewIsAConflict() {
        Question q = askedAndStored();
        assertThatThrownBy(() -> q.approve(community, FOUNDER, q.rowVersion() + 1, NOW)).isInstanceOf(Conflict.class);
        assertThat(q.status()).isEqualTo(PostStatus.PENDING);
    }

    @Test
    void noScriptSurvivesInAQuestionOrAnAnswer() {
        Question q = stored(Question.ask(community, ASKER, "Q", "<p onclick=\"x()\">Hi<script>alert(1)</script></p>",
                List.of(), NOW), 22L);
        assertThat(q.body()).isEqualTo("<p>Hi</p>");
        q.approve(community, FOUNDER, q.rowVersion(), NOW);
        Answer a = Answer.give(community, q, ANSWERER, "<a href=\"javascript:alert(1)\">see</a><script>x</script>", NOW);
        assertThat(a.body()).doesNotContain("script").doesNotContain("javascript");
    }

    @Test
    void emptyOrOversizedTextIsRefusedOnItsField() {
        assertThatThrownBy(() -> Question.ask(community, ASKER, "Q", "<p><br></p>", List.of(), NOW))
                .isInstanceOf(RuleBroken.class).extracting(e -> ((Refusal) e).field()).isEqualTo("body");
        assertThatThrownBy(() -> Question.ask(community, ASKER, "Q", "x".repeat(PostText.MAX_TEXT + 1), List.of(), NOW))
                .isInstanceOf(RuleBroken.class);
        assertThatThrownBy(() -> Question.ask(community, ASKER, "", "<p>x</p>", List.of(), NOW))
                .isInstanceOf(RuleBroken.class).extracting(e -> ((Refusal) e).field()).isEqualTo("title");
    }

    @Test
    void aPublishedAnswerIsNewsForTheAskerUnlessTheyWroteIt() {
        Question q = askedAndStored();
        q.approve(community, FOUNDER, q.rowVersion(), NOW);
        Answer a = Answer.give(community, q, ANSWERER, "<p>48 hours</p>", NOW);
        assertThat(a.isNewsFor(q)).isFalse();
        a.approve(community, FOUNDER, a.rowVersion(), NOW);
        assertThat(a.isNewsFor(q)).isTrue();
        Answer own = Answer.give(community, q, ASKER, "<p>Thanks</p>", NOW);
        own.approve(community, FOUNDER, own.rowVersion(), NOW);
        assertThat(own.isNewsFor(q)).isFalse();
    }

    @Test
    void documentsAreLinkedOnceByTheAuthorOrAModerator() {
        Question q = askedAndStored();
        assertThatThrownBy(() -> q.linkDocument(community, ASKER, 11L)).isInstanceOf(RuleBroken.class);
        assertThatThrownBy(() -> q.linkDocument(community, ANSWERER, 12L)).isInstanceOf(AccessDenied.class);
        q.linkDocument(community, FOUNDER, 12L);
        assertThat(q.documentIds()).containsExactly(11L, 12L);
    }

    @Test
    void aQuestionIsRaisedForGuidanceOnceByAModeratorAfterApproval() {
        Question q = askedAndStored();
        assertThatThrownBy(() -> q.requireMayRaiseForGuidance(community, FOUNDER, q.rowVersion()))
                .isInstanceOf(RuleBroken.class);
        q.approve(community, FOUNDER, q.rowVersion(), NOW);
        assertThatThrownBy(() -> q.requireMayRaiseForGuidance(community, ASKER, q.rowVersion()))
                .isInstanceOf(AccessDenied.class);
        q.raisedForGuidance(community, FOUNDER, 99L, NOW);
        assertThat(q.recommendationId()).contains(99L);
        assertThatThrownBy(() -> q.requireMayRaiseForGuidance(community, FOUNDER, q.rowVersion()))
                .isInstanceOf(RuleBroken.class);
    }
}
