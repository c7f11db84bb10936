package org.peaceops.intranet.toolbox.community.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.shared.MissionCode;
import org.peaceops.intranet.shared.PersonnelCategory;
import org.peaceops.intranet.shared.Role;
import org.peaceops.intranet.testing.H2PersistenceUnit;
import org.peaceops.intranet.toolbox.community.application.GuidanceRequests;
import org.peaceops.intranet.toolbox.community.application.internal.BoardGuidanceRequests;
import org.peaceops.intranet.toolbox.community.domain.Answer;
import org.peaceops.intranet.toolbox.community.domain.Community;
import org.peaceops.intranet.toolbox.community.domain.PostStatus;
import org.peaceops.intranet.toolbox.community.domain.Question;
import org.peaceops.intranet.toolbox.community.domain.Specialty;
import org.peaceops.intranet.toolbox.domain.recommendation.BoardCriteria;
import org.peaceops.intranet.toolbox.domain.recommendation.BoardReader;
import org.peaceops.intranet.toolbox.domain.recommendation.BoardSort;
import org.peaceops.intranet.toolbox.domain.recommendation.RecommendationStatus;
import org.peaceops.intranet.toolbox.domain.recommendation.TrackedRecommendation;
import org.peaceops.intranet.toolbox.infrastructure.JpaRecommendationRepository;
import org.peaceops.intranet.toolbox.infrastructure.JpaReportDefinitionRepository;
import org.peaceops.intranet.toolbox.infrastructure.JpaToolboxReportRepository;
import org.peaceops.intranet.toolbox.infrastructure.ToolboxSchemaMigration;

/**
 * Communities on the migrated toolbox schema with EclipseLink: members and moderators, questions with
 * their linked documents, answers, the published counts, a stale moderation refused by the row version,
 * and a question raised for guidance reaching the recommendations board as an open recommendation to
 * the policy office.
 */
class CommunityPersistenceTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    @TempDir
    Path dir;

    private H2PersistenceUnit unit;

    @BeforeEach
    void schema() {
        unit = H2PersistenceUnit.migrated(dir, ToolboxSchemaMigration.CONTEXT, "toolbox", "SEVERE");
    }

    @AfterEach
    void close() {
        unit.close();
    }

    /** Gives a repository or adapter the entity manager the container would inject. */
    private static <T> T on(EntityManager em, T bean, String... alsoFields) {
        try {
            Field field = bean.getClass().getDeclaredField("em");
            field.setAccessible(true);
            field.set(bean, em);
            return bean;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void inject(Object bean, String name, Object value) {
        try {
            Field field = bean.getClass().getDeclaredField(name);
            field.setAccessible(true);
            field.set(bean, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private long[] communityWithAnsweredQuestion() {
        return unit.inTransaction(em -> {
            JpaCommunityRepository communities = on(em, new JpaCommunityRepository());
            JpaQuestionRepository questions = on(em, new JpaQuestionRepository());
            Community c = communities.store(Community.found("DDR practitioners", Specialty.DDR, null, "bpo", NOW));
            c.join("reader", NOW);
            c.join("reader2", NOW);
            em.flush();
            Question q = questions.store(Question.ask(c, "reader", "Weapons registers", "<p>Which format?</p>",
                    List.of(5L, 3L), NOW));
            em.flush();
            q.approve(c, "bpo", q.rowVersion(), NOW);
            Answer a = questions.store(Answer.give(c, q, "reader2", "<p>The SOP annex.</p>", NOW));
            questions.store(Answer.give(c, q, "reader2", "<p>Pending one.</p>", NOW));
            em.flush();
            a.approve(c, "bpo", a.rowVersion(), NOW);
            questions.store(Question.ask(c, "reader2", "Still pending", "<p>?</p>", List.of(), NOW));
            return new long[] {c.getId(), q.getId(), a.getId()};
        });
    }

    @Test
    void membersQuestionsDocumentsAndPublishedCountsSurviveTheRoundTrip() {
        long[] ids = communityWithAnsweredQuestion();
        unit.inTransaction(em -> {
            JpaCommunityRepository communities = on(em, new JpaCommunityRepository());
            JpaQuestionRepository questions = on(em, new JpaQuestionRepository());
            Community c = communities.find(ids[0]).orElseThrow();
            assertThat(c.members()).hasSize(3);
            assertThat(c.isModerator("bpo")).isTrue();
            assertThat(c.isModerator("reader")).isFalse();
            assertThat(communities.page(0, 10)).extracting(Community::name).containsExactly("DDR practitioners");
            assertThat(communities.count()).isEqualTo(1);

            Question q = questions.find(ids[1]).orElseThrow();
            assertThat(q.documentIds()).containsExactly(5L, 3L);
            assertThat(q.status()).isEqualTo(PostStatus.PUBLISHED);
            assertThat(q.moderation().moderatedBy()).contains("bpo");
            assertThat(questions.ofCommunity(ids[0])).hasSize(2);
            assertThat(questions.publishedCountsByCommunity()).isEqualTo(Map.of(ids[0], 1L));
            assertThat(questions.publishedAnswerCounts(ids[0])).isEqualTo(Map.of(ids[1], 1L));
            assertThat(questions.answersTo(ids[1])).extracting(Answer::status)
                    .containsExactly(PostStatus.PUBLISHED, PostStatus.PENDING);
            return null;
        });
    }

    @Test
    void aQuestionRaisedForGuidanceIsAnOpenRecommendationToThePolicyOfficeOnTheBoard() {
        long[] ids = communityWithAnsweredQuestion();
        Caller moderator = new Caller("bpo", "bpo", "Officer", Set.of(Role.BPO), "UNMISS", PersonnelCategory.CIVILIAN);
        long recommendation = unit.inTransaction(em -> {
            JpaCommunityRepository communities = on(em, new JpaCommunityRepository());
            JpaQuestionRepository questions = on(em, new JpaQuestionRepository());
            BoardGuidanceRequests requests = new BoardGuidanceRequests();
            inject(requests, "definitions", on(em, new JpaReportDefinitionRepository()));
            inject(requests, "reports", on(em, new JpaToolboxReportRepository()));
            inject(requests, "recommendations", on(em, new JpaRecommendationRepository()));
            inject(requests, "questions", questions);
            Community c = communities.find(ids[0]).orElseThrow();
            Question q = questions.find(ids[1]).orElseThrow();
            long id = requests.raise(moderator, c, q);
            q.raisedForGuidance(c, "bpo", id, NOW);
            return id;
        });
        List<TrackedRecommendation> board = unit.inTransaction(em -> on(em, new JpaRecommendationRepository())
                .board(BoardCriteria.none(), new BoardReader("reader2", new MissionCode("MINUSCA"), false),
                        BoardSort.CREATED, true, 0, 10));
        assertThat(board).hasSize(1);
        TrackedRecommendation row = board.get(0);
        assertThat(row.recommendation().getId()).isEqualTo(recommendation);
        assertThat(row.recommendation().office()).isEqualTo(GuidanceRequests.POLICY_OFFICE);
        assertThat(row.recommendation().status()).isEqualTo(RecommendationStatus.OPEN);
        assertThat(row.recommendation().text()).startsWith("Guidance needed (DDR practitioners): Weapons registers");
        assertThat(row.reportTitle()).isEqualTo("Weapons registers");
        assertThat(row.mission()).isEqualTo(new MissionCode("UNMISS"));
        unit.inTransaction(em -> {
            assertThat(on(em, new JpaQuestionRepository()).find(ids[1]).orElseThrow().recommendationId())
                    .contains(recommendation);
            return null;
        });
    }

    @Test
    void ofTwoModeratorsTheSecondIsRefusedByTheRowVersion() {
        long[] ids = communityWithAnsweredQuestion();
        long seen = unit.inTransaction(em -> on(em, new JpaQuestionRepository()).find(ids[1]).orElseThrow().rowVersion());
        unit.inTransaction(em -> {
            JpaQuestionRepository questions = on(em, new JpaQuestionRepository());
            Community c = on(em, new JpaCommunityRepository()).find(ids[0]).orElseThrow();
            questions.find(ids[1]).orElseThrow().linkDocument(c, "bpo", 9L);
            return null;
        });
        unit.inTransaction(em -> {
            Community c = on(em, new JpaCommunityRepository()).find(ids[0]).orElseThrow();
            Question q = on(em, new JpaQuestionRepository()).find(ids[1]).orElseThrow();
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> q.requireMayRaiseForGuidance(c, "bpo", seen))
                    .isInstanceOf(org.peaceops.intranet.shared.refusal.Conflict.class);
            return null;
        });
    }
}
