package org.peaceops.intranet.toolbox.community.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peaceops.intranet.documents.application.notification.WorkflowNotifications;
import org.peaceops.intranet.documents.domain.notification.NotificationKind;
import org.peaceops.intranet.shared.BilingualText;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.shared.Role;
import org.peaceops.intranet.shared.audit.AuditAction;
import org.peaceops.intranet.shared.audit.AuditRecord;
import org.peaceops.intranet.shared.audit.AuditTrail;
import org.peaceops.intranet.shared.refusal.AccessDenied;
import org.peaceops.intranet.shared.refusal.NotFound;
import org.peaceops.intranet.shared.refusal.RuleBroken;
import org.peaceops.intranet.testing.Callers;
import org.peaceops.intranet.toolbox.community.application.LinkedDocument;
import org.peaceops.intranet.toolbox.community.application.QuestionView;
import org.peaceops.intranet.toolbox.community.application.ReadableGuidance;
import org.peaceops.intranet.toolbox.community.domain.Answer;
import org.peaceops.intranet.toolbox.community.domain.Community;
import org.peaceops.intranet.toolbox.community.domain.CommunityRepository;
import org.peaceops.intranet.toolbox.community.domain.Question;
import org.peaceops.intranet.toolbox.community.domain.QuestionRepository;
import org.peaceops.intranet.toolbox.community.domain.Specialty;
import org.peaceops.intranet.toolbox.domain.ToolboxFixture;

/**
 * The question service with in-memory stores: the asker is told of an answer once it is published (not
 * of their own), guidance is linked and shown only as the reader may read it, a question awaiting
 * moderation is not found by other members, raising for guidance asks the board once, and every step
 * is audited.
 */
class DefaultCommunityQuestionsTest {

    private static final Caller MODERATOR = Callers.person("bpo", "UNMISS", Role.BPO);
    private static final Caller ASKER = Callers.person("contributor", "UNMISS", Role.CONTRIBUTOR);
    private static final Caller ANSWERER = Callers.person("reader2", "MINUSCA");

    record Told(String recipient, NotificationKind kind, long about, String label, String actor) {
    }

    private final List<Told> told = new ArrayList<>();
    private final List<AuditAction> audited = new ArrayList<>();
    private final List<Long> raised = new ArrayList<>();
    private final Map<Long, Question> questions = new HashMap<>();
    private final Map<Long, Answer> answers = new HashMap<>();
    private DefaultCommunityQuestions service;
    private Community community;

    @BeforeEach
    void service() {
        community = ToolboxFixture.stored(Community.found("DDR", Specialty.DDR, null, MODERATOR.subject(),
                ToolboxFixture.NOW), 1L);
        community.join(ASKER.subject(), ToolboxFixture.NOW);
        community.join(ANSWERER.subject(), ToolboxFixture.NOW);
        service = new DefaultCommunityQuestions();
        service.communities = new CommunityRepository() {
            public Optional<Community> find(long id) {
                return Optional.of(community).filter(c -> c.getId() == id);
            }

            public List<Community> page(int first, int max) {
                return List.of(community);
            }

            public long count() {
                return 1;
            }

            public Community store(Community c) {
                return c;
            }
        };
        service.questions = new QuestionRepository() {
            public Optional<Question> find(long id) {
                return Optional.ofNullable(questions.get(id));
            }

            public List<Question> ofCommunity(long communityId) {
                return List.copyOf(questions.values());
            }

            public Map<Long, Long> publishedCountsByCommunity() {
                return Map.of();
            }

            public Map<Long, Long> publishedAnswerCounts(long communityId) {
                return Map.of();
            }

            public Question store(Question q) {
                ToolboxFixture.stored(q, (long) questions.size() + 10);
                questions.put(q.getId(), q);
                return q;
            }

            public Optional<Answer> findAnswer(long id) {
                return Optional.ofNullable(answers.get(id));
            }

            public List<Answer> answersTo(long questionId) {
                return answers.values().stream().filter(a -> a.questionId() == questionId).toList();
            }

            public Answer store(Answer a) {
                ToolboxFixture.stored(a, (long) answers.size() + 100);
                answers.put(a.getId(), a);
                return a;
            }
        };
        // document 7 is read by everyone, document 8 by the moderator only
        service.guidance = new ReadableGuidance() {
            public List<LinkedDocument> find(Caller caller, String text, int max) {
                return List.of(new LinkedDocument(7, "SOP 7", "Weapons registers"));
            }

            public Optional<LinkedDocument> readable(Caller caller, long documentId) {
                if (documentId == 7) {
                    return Optional.of(new LinkedDocument(7, "SOP 7", "Weapons registers"));
                }
                return documentId == 8 && caller.equals(MODERATOR) ? Optional.of(new LinkedDocument(8, "SOP 8", "Secret"))
                        : Optional.empty();
            }
        };
        service.guidanceRequests = (moderator, c, q) -> {
            raised.add(q.getId());
            return 500L + raised.size();
        };
        service.notices = new WorkflowNotifications() {
            @Override
            public void tell(String recipient, NotificationKind kind, long aboutId, String label, BilingualText title,
                    String actorSubject, String comment, Instant at) {
                told.add(new Told(recipient, kind, aboutId, label, actorSubject));
            }
        };
        service.audit = new AuditTrail() {
            public void record(AuditRecord line) {
                throw new UnsupportedOperationException();
            }

            public void record(String actor, AuditAction action, String targetType, String targetId, String detail) {
                audited.add(action);
            }
        };
    }

    private long askedAndApproved() {
        long id = service.ask(ASKER, 1, "Registers?", "<p>Which format?</p>", List.of(7L));
        service.moderateQuestion(MODERATOR, id, service.open(MODERATOR, id).rowVersion(), true);
        return id;
    }

    @Test
    void theAskerIsToldOfAnAnswerOnceAModeratorPublishesIt() {
        long id = askedAndApproved();
        long answer = service.answer(ANSWERER, id, "<p>The annex.</p>");
        assertThat(told).isEmpty();
        service.moderateAnswer(MODERATOR, answer, 0, true);
        assertThat(told).containsExactly(new Told("contributor", NotificationKind.COMMUNITY_ANSWER, id, "DDR", "reader2"));
        assertThat(audited).containsExactly(AuditAction.COMMUNITY_QUESTION_ASKED, AuditAction.COMMUNITY_QUESTION_APPROVED,
                AuditAction.COMMUNITY_ANSWER_GIVEN, AuditAction.COMMUNITY_ANSWER_APPROVED);
    }

    @Test
    void aModeratorsAnswerIsPublishedAndToldAtOnceAndTheAskersOwnIsNotNews() {
        long id = askedAndApproved();
        service.answer(MODERATOR, id, "<p>See SOP 7.</p>");
        assertThat(told).extracting(Told::actor).containsExactly("bpo");
        service.answer(ASKER, id, "<p>Thanks.</p>");
        assertThat(told).hasSize(1);
    }

    @Test
    void aQuestionAwaitingModerationIsNotFoundByOtherMembers() {
        long id = service.ask(ASKER, 1, "Registers?", "<p>Which format?</p>", List.of());
        assertThatThrownBy(() -> service.open(ANSWERER, id)).isInstanceOf(NotFound.class);
        assertThat(service.open(ASKER, id).isPublished()).isFalse();
        assertThatThrownBy(() -> service.moderateQuestion(ASKER, id, 0, true)).isInstanceOf(AccessDenied.class);
    }

    @Test
    void onlyGuidanceTheActorMayReadIsLinkedAndOnlyWhatTheReaderMayReadIsShown() {
        assertThatThrownBy(() -> service.ask(ASKER, 1, "Q", "<p>x</p>", List.of(8L))).isInstanceOf(RuleBroken.class);
        long id = askedAndApproved();
        service.linkDocument(MODERATOR, id, 8L);
        assertThat(service.open(MODERATOR, id).documents()).extracting(LinkedDocument::documentId).containsExactly(7L, 8L);
        QuestionView seen = service.open(ANSWERER, id);
        assertThat(seen.documents()).extracting(LinkedDocument::documentId).containsExactly(7L);
        assertThat(seen.mayLink()).isFalse();
    }

    @Test
    void raisingForGuidanceAsksTheBoardOnceAndRecordsTheRecommendation() {
        long id = askedAndApproved();
        assertThatThrownBy(() -> service.raiseForGuidance(ANSWERER, id, service.open(ANSWERER, id).rowVersion()))
                .isInstanceOf(AccessDenied.class);
        long recommendation = service.raiseForGuidance(MODERATOR, id, service.open(MODERATOR, id).rowVersion());
        assertThat(recommendation).isEqualTo(501L);
        assertThat(service.open(ANSWERER, id).recommendationId()).isEqualTo(501L);
        assertThatThrownBy(() -> service.raiseForGuidance(MODERATOR, id, service.open(MODERATOR, id).rowVersion()))
                .isInstanceOf(RuleBroken.class);
        assertThat(raised).containsExactly(id);
        assertThat(audited).endsWith(AuditAction.COMMUNITY_GUIDANCE_REQUESTED);
    }
}
