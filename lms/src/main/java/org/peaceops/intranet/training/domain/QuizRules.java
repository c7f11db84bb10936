package org.peaceops.intranet.training.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * How a quiz is taken and scored: pass mark (percent of questions answered right), attempt limit
 * (0: none) and whether questions come in a shuffled order.
 */
public record QuizRules(int passMarkPercent, int attemptLimit, boolean shuffle) {

    /**
     * Whether another attempt may start, given the attempts already submitted: never after a pass,
     * never beyond the limit.
     */
    public boolean mayStart(int attemptsSoFar, boolean alreadyPassed) {
        return !alreadyPassed && (attemptLimit == 0 || attemptsSoFar < attemptLimit);
    }

    /** The order questions are shown in for one attempt. */
    public List<QuizQuestion> order(List<QuizQuestion> questions, Random random) {
        List<QuizQuestion> ordered = new ArrayList<>(questions);
        if (shuffle) {
            Collections.shuffle(ordered, random);
        }
        return ordered;
    }

    /**
     * The score in whole percent, rounded down so that a pass is never granted by rounding: each
     * question counts the same, and is right only when exactly its right options were chosen.
     * Questions left unanswered count as wrong.
     */
    public int score(List<QuizQuestion> questions, Map<QuizQuestion, Set<Integer>> answers) {
        if (questions.isEmpty()) {
            return 0;
        }
        long right = questions.stream()
                .filter(q -> q.isAnsweredBy(answers.getOrDefault(q, Set.of())))
                .count();
        return (int) (right * 100 / questions.size());
    }

    public boolean passes(int scorePercent) {
        return scorePercent >= passMarkPercent;
    }
}
