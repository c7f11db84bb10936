package org.peaceops.intranet.training.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * One attempt at a course version's quiz, kept for good: the order the questions were shown in, the
 * options chosen, the score and whether it passed. Submitted once; the limit on attempts is the
 * version's {@link QuizRules}.
 */
@Entity
@Table(name = "quiz_attempt", schema = "training")
public class QuizAttempt {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quiz_attempt_seq")
    @SequenceGenerator(name = "quiz_attempt_seq", sequenceName = "training.learning_seq", allocationSize = 50)
    private Long id;

    @Column(name = "learner_subject", nullable = false, length = 255)
    private String learnerSubject;

    @Column(name = "course_version_id", nullable = false)
    private long courseVersionId;

    @Column(name = "attempt_number", nullable = false)
    private int attemptNumber;

    /** Question ids, comma-separated, in the order shown. */
    @Column(name = "question_order", nullable = false, length = 2000)
    private String questionOrder;

    /** "questionId:opt,opt;questionId:opt" as submitted. */
    @Column(length = 4000)
    private String answers;

    @Column(name = "started_at", nullable = false)
    private LocalDateTime startedAt;

    @Column(name = "submitted_at")
    private LocalDateTime submittedAt;

    @Column(name = "score_percent")
    private Integer scorePercent;

    @Column
    private Boolean passed;

    protected QuizAttempt() {
        // for JPA
    }

    /**
     * Starts an attempt if the rules allow one more. The questions are put in the order this attempt
     * shows them (shuffled when the version says so).
     */
    public static QuizAttempt start(String learnerSubject, CourseVersion version, List<QuizAttempt> previous,
            Random random, Instant at) {
        if (!version.isPublished() || !version.hasQuiz()) {
            throw new TrainingRuleException("training.error.noQuiz", "This course version has no quiz to take");
        }
        long submitted = previous.stream().filter(QuizAttempt::isSubmitted).count();
        boolean passed = previous.stream().anyMatch(QuizAttempt::isPassed);
        if (!version.quizRules().mayStart((int) submitted, passed)) {
            throw new TrainingRuleException(passed ? "training.error.alreadyPassed" : "training.error.noAttemptsLeft",
                    passed ? "The quiz is already passed" : "No attempts left for this quiz");
        }
        QuizAttempt attempt = new QuizAttempt();
        attempt.learnerSubject = Objects.requireNonNull(learnerSubject, "learnerSubject");
        attempt.courseVersionId = version.getId();
        attempt.attemptNumber = previous.size() + 1;
        attempt.questionOrder = version.quizRules().order(version.getQuestions(), random).stream()
                .map(q -> String.valueOf(q.getId())).collect(Collectors.joining(","));
        attempt.startedAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
        return attempt;
    }

    /**
     * An attempt made and submitted on a mission node, as headquarters keeps it when the node forwards it:
     * the node scored it on the same version (replicated from headquarters), so its result is taken as is.
     * Numbered after the learner's attempts known here.
     */
    public static QuizAttempt forwarded(String learnerSubject, long courseVersionId, int attemptNumber,
            String questionOrder, String answers, Instant startedAt, Instant submittedAt, Integer scorePercent,
            boolean passed) {
        QuizAttempt attempt = new QuizAttempt();
        attempt.learnerSubject = Objects.requireNonNull(learnerSubject, "learnerSubject");
        attempt.courseVersionId = courseVersionId;
        attempt.attemptNumber = attemptNumber;
        attempt.questionOrder = Objects.requireNonNullElse(questionOrder, "");
        attempt.answers = answers;
        attempt.startedAt = LocalDateTime.ofInstant(startedAt, ZoneOffset.UTC);
        attempt.submittedAt = LocalDateTime.ofInstant(submittedAt, ZoneOffset.UTC);
        attempt.scorePercent = scorePercent;
        attempt.passed = passed;
        return attempt;
    }

    /** The question order as stored (ids, comma-separated), for forwarding the attempt as it is. */
    public String questionOrderText() {
        return questionOrder;
    }

    /** The answers as stored ({@code questionId:opt,opt;...}), for forwarding the attempt as it is. */
    public String answersText() {
        return answers;
    }

    public Instant getStartedAt() {
        return startedAt.toInstant(ZoneOffset.UTC);
    }

    /** Scores and keeps the answers (question id to chosen option positions). */
    public int submit(CourseVersion version, Map<Long, Set<Integer>> chosen, Instant at) {
        if (isSubmitted()) {
            throw new TrainingRuleException("training.error.submitted", "This attempt was already submitted");
        }
        if (!Objects.equals(version.getId(), courseVersionId)) {
            throw new IllegalArgumentException("Attempt of another version");
        }
        Map<QuizQuestion, Set<Integer>> byQuestion = new HashMap<>();
        Map<Long, Set<Integer>> kept = new LinkedHashMap<>();
        for (long questionId : getQuestionOrder()) {
            Set<Integer> options = new TreeSet<>(chosen.getOrDefault(questionId, Set.of()));
            version.question(questionId).ifPresent(q -> byQuestion.put(q, options));
            kept.put(questionId, options);
        }
        QuizRules rules = version.quizRules();
        int score = rules.score(version.getQuestions(), byQuestion);
        this.scorePercent = score;
        this.passed = rules.passes(score);
        this.answers = kept.entrySet().stream()
                .map(e -> e.getKey() + ":" + e.getValue().stream().map(String::valueOf).collect(Collectors.joining(",")))
                .collect(Collectors.joining(";"));
        this.submittedAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
        return score;
    }

    public List<Long> getQuestionOrder() {
        return Arrays.stream(questionOrder.split(",")).filter(s -> !s.isBlank()).map(Long::valueOf).toList();
    }

    /** The options chosen for each question, as submitted. */
    public Map<Long, Set<Integer>> getAnswers() {
        Map<Long, Set<Integer>> result = new LinkedHashMap<>();
        if (answers == null || answers.isBlank()) {
            return result;
        }
        for (String part : answers.split(";")) {
            String[] kv = part.split(":", -1);
            Set<Integer> options = new TreeSet<>();
            for (String o : kv[1].split(",")) {
                if (!o.isBlank()) {
                    options.add(Integer.valueOf(o));
                }
            }
            result.put(Long.valueOf(kv[0]), options);
        }
        return result;
    }

    public boolean isSubmitted() {
        return submittedAt != null;
    }

    public boolean isPassed() {
        return Boolean.TRUE.equals(passed);
    }

    public Long getId() {
        return id;
    }

    public String getLearnerSubject() {
        return learnerSubject;
    }

    public long getCourseVersionId() {
        return courseVersionId;
    }

    public int getAttemptNumber() {
        return attemptNumber;
    }

    public Optional<Integer> getScorePercent() {
        return Optional.ofNullable(scorePercent);
    }

    public Optional<Instant> getSubmittedAt() {
        return Optional.ofNullable(submittedAt).map(t -> t.toInstant(ZoneOffset.UTC));
    }
}
