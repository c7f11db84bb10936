package org.peaceops.intranet.training.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * A question of a course version's bank. Single choice and true/false have exactly one right option;
 * multiple choice has at least one, and is answered right only by choosing exactly the right ones.
 */
@Entity
@Table(name = "quiz_question", schema = "training")
public class QuizQuestion {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quiz_question_seq")
    @SequenceGenerator(name = "quiz_question_seq", sequenceName = "training.course_content_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "course_version_id")
    private CourseVersion version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private QuestionKind kind;

    @Column(nullable = false, length = 2000)
    private String text;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "quiz_option", schema = "training", joinColumns = @JoinColumn(name = "question_id"))
    @OrderColumn(name = "position")
    private List<AnswerOption> options = new ArrayList<>();

    protected QuizQuestion() {
        // for JPA
    }

    QuizQuestion(CourseVersion version, QuestionKind kind, String text, List<AnswerOption> options) {
        if (text == null || text.isBlank()) {
            throw new TrainingRuleException("training.error.questionText", "A question needs a text");
        }
        if (text.length() > 2000) {
            throw new TrainingRuleException("training.error.questionText", "A question is limited to 2,000 characters");
        }
        this.version = version;
        this.kind = kind;
        this.text = text.strip();
        this.options = new ArrayList<>(validOptions(kind, options).stream().map(AnswerOption::copy).toList());
    }

    /** A true/false question whose right answer is {@code answer}; its options are "True" then "False". */
    public static List<AnswerOption> trueFalse(boolean answer) {
        return List.of(new AnswerOption("True", answer), new AnswerOption("False", !answer));
    }

    private static List<AnswerOption> validOptions(QuestionKind kind, List<AnswerOption> options) {
        long right = options.stream().filter(AnswerOption::isCorrect).count();
        if (options.size() < 2) {
            throw new TrainingRuleException("training.error.options", "A question needs at least two options");
        }
        if (kind == QuestionKind.TRUE_FALSE && options.size() != 2) {
            throw new TrainingRuleException("training.error.options", "A true/false question has two options");
        }
        if (kind == QuestionKind.MULTIPLE_CHOICE ? right < 1 : right != 1) {
            throw new TrainingRuleException("training.error.rightOptions",
                    kind + " needs " + (kind == QuestionKind.MULTIPLE_CHOICE ? "at least one" : "exactly one")
                            + " right option");
        }
        return options;
    }

    QuizQuestion copyFor(CourseVersion target) {
        return new QuizQuestion(target, kind, text, options.stream().map(AnswerOption::copy).toList());
    }

    /** Right only when the chosen options are exactly the right ones (no partial credit). */
    public boolean isAnsweredBy(Set<Integer> chosen) {
        return rightOptions().equals(new TreeSet<>(chosen));
    }

    public Set<Integer> rightOptions() {
        Set<Integer> right = new TreeSet<>();
        IntStream.range(0, options.size()).filter(i -> options.get(i).isCorrect()).forEach(right::add);
        return right;
    }

    public Long getId() {
        return id;
    }

    public QuestionKind getKind() {
        return kind;
    }

    public String getText() {
        return text;
    }

    public List<AnswerOption> getOptions() {
        return Collections.unmodifiableList(options);
    }
}
