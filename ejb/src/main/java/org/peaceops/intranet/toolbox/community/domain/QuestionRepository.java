package org.peaceops.intranet.toolbox.community.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Questions and their answers. */
public interface QuestionRepository {

    Optional<Question> find(long id);

    /** A community's questions, newest first (visibility is the caller's to apply). */
    List<Question> ofCommunity(long communityId);

    /** Published questions per community, for the list. */
    Map<Long, Long> publishedCountsByCommunity();

    /** Published answers per question of a community. */
    Map<Long, Long> publishedAnswerCounts(long communityId);

    Question store(Question question);

    Optional<Answer> findAnswer(long id);

    /** A question's answers, oldest first (visibility is the caller's to apply). */
    List<Answer> answersTo(long questionId);

    Answer store(Answer answer);
}
