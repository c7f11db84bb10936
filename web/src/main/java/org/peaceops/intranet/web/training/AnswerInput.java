package org.peaceops.intranet.web.training;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.peaceops.intranet.training.application.CourseContent.QuestionView;

/** What the learner chose for one question, as the quiz form binds it (option positions as text). */
public class AnswerInput implements Serializable {

    private static final long serialVersionUID = 1L;

    private final QuestionView question;
    private String single;
    private List<String> multiple = new ArrayList<>();

    AnswerInput(QuestionView question) {
        this.question = question;
    }

    public QuestionView getQuestion() {
        return question;
    }

    public String getSingle() {
        return single;
    }

    public void setSingle(String single) {
        this.single = single;
    }

    public List<String> getMultiple() {
        return multiple;
    }

    public void setMultiple(List<String> multiple) {
        this.multiple = multiple == null ? new ArrayList<>() : multiple;
    }

    /** The chosen positions; anything that is not an option of the question is ignored. */
    Set<Integer> chosen() {
        Set<Integer> chosen = new TreeSet<>();
        List<String> raw = question.multiple() ? multiple : single == null ? List.of() : List.of(single);
        for (String value : raw) {
            try {
                int i = Integer.parseInt(value);
                if (i >= 0 && i < question.options().size()) {
                    chosen.add(i);
                }
            } catch (NumberFormatException ignored) {
                // a tampered value is simply no answer
            }
        }
        return chosen;
    }
}
