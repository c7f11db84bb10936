package org.peaceops.intranet.training.session.domain;

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
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.peaceops.intranet.training.domain.TrainingRuleException;

/**
 * One attendee's end-of-session form: a rating of 1 to 5 for each fixed question and an optional
 * comment. Given once per person and session (a unique key holds it when two submissions race), and
 * never changed: the summary is what the attendees said on the day.
 */
@Entity
@Table(name = "session_evaluation", schema = "training")
public class SessionEvaluation {

    static final int MAX_COMMENT = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "session_evaluation_seq")
    @SequenceGenerator(name = "session_evaluation_seq", sequenceName = "training.session_seq", allocationSize = 50)
    private Long id;

    @Column(name = "session_id", nullable = false, updatable = false)
    private long sessionId;

    @Column(name = "learner_subject", nullable = false, updatable = false, length = 255)
    private String learnerSubject;

    @Column(name = "rating_content", nullable = false, updatable = false)
    private int content;

    @Column(name = "rating_trainer", nullable = false, updatable = false)
    private int trainer;

    @Column(name = "rating_materials", nullable = false, updatable = false)
    private int materials;

    @Column(name = "rating_relevance", nullable = false, updatable = false)
    private int relevance;

    @Column(name = "comment_text", updatable = false, length = MAX_COMMENT)
    private String comment;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private LocalDateTime submittedAt;

    protected SessionEvaluation() {
        // for JPA
    }

    /**
     * The form of a person recorded present at the session; {@code alreadyGiven} says whether they
     * submitted one before (the repository knows).
     */
    public static SessionEvaluation by(TrainingSession session, String subject, Map<EvaluationQuestion, Integer> ratings,
            String comment, boolean alreadyGiven, Instant at) {
        if (!session.attendedBy(subject)) {
            throw new TrainingRuleException("session.error.notAttendee", "Only attendees evaluate a session");
        }
        if (alreadyGiven) {
            throw new TrainingRuleException("session.error.evaluated", "This session was evaluated already");
        }
        for (EvaluationQuestion q : EvaluationQuestion.values()) {
            Integer r = ratings.get(q);
            if (r == null || r < 1 || r > 5) {
                throw new TrainingRuleException("session.error.rating", "Each rating is 1 to 5: " + q);
            }
        }
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        if (text != null && text.length() > MAX_COMMENT) {
            throw new TrainingRuleException("session.error.comment", "Comment too long", MAX_COMMENT);
        }
        SessionEvaluation e = new SessionEvaluation();
        e.sessionId = session.getId();
        e.learnerSubject = subject;
        e.content = ratings.get(EvaluationQuestion.CONTENT);
        e.trainer = ratings.get(EvaluationQuestion.TRAINER);
        e.materials = ratings.get(EvaluationQuestion.MATERIALS);
        e.relevance = ratings.get(EvaluationQuestion.RELEVANCE);
        e.comment = text;
        e.submittedAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
        return e;
    }

    public Map<EvaluationQuestion, Integer> ratings() {
        Map<EvaluationQuestion, Integer> m = new EnumMap<>(EvaluationQuestion.class);
        m.put(EvaluationQuestion.CONTENT, content);
        m.put(EvaluationQuestion.TRAINER, trainer);
        m.put(EvaluationQuestion.MATERIALS, materials);
        m.put(EvaluationQuestion.RELEVANCE, relevance);
        return m;
    }

    public long getSessionId() {
        return sessionId;
    }

    public String getLearnerSubject() {
        return learnerSubject;
    }

    public Optional<String> getComment() {
        return Optional.ofNullable(comment);
    }

    public Instant getSubmittedAt() {
        return submittedAt.toInstant(ZoneOffset.UTC);
    }
}
