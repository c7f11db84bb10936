package org.peaceops.intranet.training.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/** One option of a quiz question, and whether choosing it is right. */
@Embeddable
public class AnswerOption implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "text", nullable = false, length = 500)
    private String text;

    @Column(name = "correct", nullable = false)
    private boolean correct;

    protected AnswerOption() {
        // for JPA
    }

    public AnswerOption(String text, boolean correct) {
        if (text == null || text.isBlank()) {
            throw new TrainingRuleException("training.error.optionText", "An option needs a text");
        }
        this.text = text.strip();
        this.correct = correct;
    }

    AnswerOption copy() {
        return new AnswerOption(text, correct);
    }

    public String getText() {
        return text;
    }

    public boolean isCorrect() {
        return correct;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AnswerOption a && a.text.equals(text) && a.correct == correct;
    }

    @Override
    public int hashCode() {
        return Objects.hash(text, correct);
    }
}
