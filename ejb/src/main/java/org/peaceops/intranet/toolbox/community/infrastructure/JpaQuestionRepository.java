package org.peaceops.intranet.toolbox.community.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.peaceops.intranet.toolbox.community.domain.Answer;
import org.peaceops.intranet.toolbox.community.domain.PostStatus;
import org.peaceops.intranet.toolbox.community.domain.Question;
import org.peaceops.intranet.toolbox.community.domain.QuestionRepository;

@ApplicationScoped
public class JpaQuestionRepository implements QuestionRepository {

    @PersistenceContext(unitName = "toolbox")
    EntityManager em;

    @Override
    public Optional<Question> find(long id) {
        return Optional.ofNullable(em.find(Question.class, id));
    }

    @Override
    public List<Question> ofCommunity(long communityId) {
        return em.createQuery("select q from Question q where q.communityId = :community order by q.createdAt desc, q.id desc",
                Question.class).setParameter("community", communityId).getResultList();
    }

    @Override
    public Map<Long, Long> publishedCountsByCommunity() {
        return counts(em.createQuery("select q.communityId, count(q) from Question q where q.moderation.status = :published "
                + "group by q.communityId", Object[].class).setParameter("published", PostStatus.PUBLISHED).getResultList());
    }

    @Override
    public Map<Long, Long> publishedAnswerCounts(long communityId) {
        return counts(em.createQuery("select a.questionId, count(a) from Answer a, Question q where q.id = a.questionId "
                + "and q.communityId = :community and a.moderation.status = :published group by a.questionId", Object[].class)
                .setParameter("community", communityId).setParameter("published", PostStatus.PUBLISHED).getResultList());
    }

    private static Map<Long, Long> counts(List<Object[]> rows) {
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row : rows) {
            counts.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
        }
        return counts;
    }

    @Override
    public Question store(Question question) {
        if (question.getId() == null) {
            em.persist(question);
            return question;
        }
        return em.merge(question);
    }

    @Override
    public Optional<Answer> findAnswer(long id) {
        return Optional.ofNullable(em.find(Answer.class, id));
    }

    @Override
    public List<Answer> answersTo(long questionId) {
        return em.createQuery("select a from Answer a where a.questionId = :question order by a.createdAt, a.id", Answer.class)
                .setParameter("question", questionId).getResultList();
    }

    @Override
    public Answer store(Answer answer) {
        if (answer.getId() == null) {
            em.persist(answer);
            return answer;
        }
        return em.merge(answer);
    }
}
