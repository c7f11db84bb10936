package org.peaceops.intranet.training.session.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** What a session's attendees said: how many answered, the average rating per question, their comments. */
public record EvaluationSummary(int count, Map<EvaluationQuestion, Double> averages, List<String> comments)
        implements java.io.Serializable {

    public static EvaluationSummary of(List<SessionEvaluation> evaluations) {
        Map<EvaluationQuestion, Double> averages = new EnumMap<>(EvaluationQuestion.class);
        for (EvaluationQuestion q : EvaluationQuestion.values()) {
            averages.put(q, evaluations.stream().mapToInt(e -> e.ratings().get(q)).average().orElse(Double.NaN));
        }
        List<String> comments = new ArrayList<>();
        evaluations.forEach(e -> e.getComment().ifPresent(comments::add));
        return new EvaluationSummary(evaluations.size(), Collections.unmodifiableMap(averages), List.copyOf(comments));
    }

    /** The average of one question, rounded to one decimal; empty when nobody answered. */
    public String average(EvaluationQuestion q) {
        double a = averages.getOrDefault(q, Double.NaN);
        return Double.isNaN(a) ? "" : String.format(java.util.Locale.ROOT, "%.1f", a);
    }
}
