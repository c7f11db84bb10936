package org.peaceops.intranet.training.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QuizTest {

    private static final Instant NOW = Fixtures.NOW;
    private final Course course = Fixtures.publishedCourse();
    private final CourseVersion version = course.currentVersion().orElseThrow();
    private final List<QuizQuestion> questions = version.getQuestions();

    /** Right answers to the first n questions, wrong ones to the rest. */
    private Map<Long, Set<Integer>> answers(int right) {
        Map<Long, Set<Integer>> answers = new HashMap<>();
        for (int i = 0; i < questions.size(); i++) {
            QuizQuestion q = questions.get(i);
            answers.put(q.getId(), i < right ? q.rightOptions() : Set.of(firstWrong(q)));
        }
        return answers;
    }

    private static int firstWrong(QuizQuestion q) {
        int i = 0;
        while (q.rightOptions().contains(i)) {
            i++;
        }
        return i;
    }

    private QuizAttempt attempt(List<QuizAttempt> previous) {
        QuizAttempt attempt = QuizAttempt.start("alice", version, previous, new Random(1), NOW);
        Fixtures.setId(attempt);
        previous.add(attempt);
        return attempt;
    }

    @Test
    void aQuestionIsRightOnlyWithExactlyItsRightOptions() {
        QuizQuestion multiple = questions.get(2);

        assertThat(multiple.rightOptions()).containsExactly(0, 2);
        assertThat(multiple.isAnsweredBy(Set.of(0, 2))).isTrue();
        assertThat(multiple.isAnsweredBy(Set.of(0))).as("partly right").isFalse();
        assertThat(multiple.isAnsweredBy(Set.of(0, 1, 2))).as("one wrong too many").isFalse();
        assertThat(multiple.isAnsweredBy(Set.of())).isFalse();
    }

    @Test
    void scoringIsThePercentOfRightQuestionsRoundedDown() {
        QuizRules rules = new QuizRules(67, 3, false);
        Map<QuizQuestion, Set<Integer>> two = Map.of(questions.get(0), Set.of(0), questions.get(1), Set.of(1));

        int score = rules.score(questions, two);

        assertThat(score).isEqualTo(66);
        assertThat(rules.passes(score)).as("66.67% rounds down, below a 67 pass mark").isFalse();
        assertThat(rules.passes(rules.score(questions, Map.of(questions.get(0), Set.of(0), questions.get(1),
                Set.of(1), questions.get(2), Set.of(0, 2))))).isTrue();
        assertThat(rules.score(List.of(), Map.of())).isZero();
    }

    @Test
    void aSubmittedAttemptKeepsItsAnswersScoreAndResult() {
        List<QuizAttempt> attempts = new ArrayList<>();
        QuizAttempt attempt = attempt(attempts);

        int score = attempt.submit(version, answers(3), NOW);

        assertThat(score).isEqualTo(100);
        assertThat(attempt.isPassed()).isTrue();
        assertThat(attempt.getAnswers()).containsEntry(questions.get(2).getId(), Set.of(0, 2));
        assertThat(attempt.getQuestionOrder()).containsExactlyInAnyOrderElementsOf(
                questions.stream().map(QuizQuestion::getId).toList());
        assertThatThrownBy(() -> attempt.submit(version, answers(3), NOW)).isInstanceOf(TrainingRuleException.class);
    }

    @Test
    void theAttemptLimitStopsFurtherAttemptsAndAPassStopsThemToo() {
        version.getCourse(); // published with the default limit of 3
        List<QuizAttempt> attempts = new ArrayList<>();
        for (int i = 0; i < CourseVersion.DEFAULT_ATTEMPT_LIMIT; i++) {
            assertThat(attempt(attempts).submit(version, answers(0), NOW)).isZero();
        }

        assertThatThrownBy(() -> attempt(attempts)).isInstanceOf(TrainingRuleException.class)
                .extracting(e -> ((TrainingRuleException) e).key()).isEqualTo("training.error.noAttemptsLeft");

        List<QuizAttempt> passedOnce = new ArrayList<>();
        attempt(passedOnce).submit(version, answers(3), NOW);
        assertThatThrownBy(() -> attempt(passedOnce)).isInstanceOf(TrainingRuleException.class)
                .extracting(e -> ((TrainingRuleException) e).key()).isEqualTo("training.error.alreadyPassed");
    }

    @Test
    void noLimitMeansAsManyAttemptsAsNeeded() {
        assertThat(new QuizRules(80, 0, true).mayStart(50, false)).isTrue();
        assertThat(new QuizRules(80, 2, true).mayStart(2, false)).isFalse();
        assertThat(new QuizRules(80, 2, true).mayStart(1, false)).isTrue();
    }

    @Test
    void shuffledOrdersDifferBetweenAttemptsAndUnshuffledKeepsTheBankOrder() {
        List<QuizQuestion> many = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            many.add(questions.get(i % questions.size()));
        }
        QuizRules shuffled = new QuizRules(80, 0, true);
        QuizRules plain = new QuizRules(80, 0, false);

        assertThat(plain.order(many, new Random(3))).containsExactlyElementsOf(many);
        assertThat(shuffled.order(many, new Random(3))).containsExactlyInAnyOrderElementsOf(many)
                .isNotEqualTo(shuffled.order(many, new Random(4)));
    }

    @Test
    void badQuestionsAreRefused() {
        Course draftCourse = new Course("Q-1", "Quiz", null, TrainingPhase.IN_MISSION);
        CourseVersion draft = draftCourse.openDraft();

        assertThatThrownBy(() -> draft.addQuestion(QuestionKind.SINGLE_CHOICE, "Which?",
                List.of(new AnswerOption("A", true), new AnswerOption("B", true)))).isInstanceOf(TrainingRuleException.class);
        assertThatThrownBy(() -> draft.addQuestion(QuestionKind.MULTIPLE_CHOICE, "Which?",
                List.of(new AnswerOption("A", false), new AnswerOption("B", false)))).isInstanceOf(TrainingRuleException.class);
        assertThatThrownBy(() -> draft.addQuestion(QuestionKind.SINGLE_CHOICE, "Which?",
                List.of(new AnswerOption("A", true)))).isInstanceOf(TrainingRuleException.class);
        assertThatThrownBy(() -> draft.addQuestion(QuestionKind.TRUE_FALSE, " ", QuizQuestion.trueFalse(true)))
                .isInstanceOf(TrainingRuleException.class);
        assertThatThrownBy(() -> draft.configureQuiz(101, 3, true)).isInstanceOf(TrainingRuleException.class);
        assertThat(draft.getQuestions()).isEmpty();
    }
}
