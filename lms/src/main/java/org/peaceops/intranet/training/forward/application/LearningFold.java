package org.peaceops.intranet.training.forward.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.peaceops.intranet.training.application.Completions;
import org.peaceops.intranet.training.domain.AssignmentRepository;
import org.peaceops.intranet.training.domain.CourseRepository;
import org.peaceops.intranet.training.domain.CourseVersion;
import org.peaceops.intranet.training.domain.Learner;
import org.peaceops.intranet.training.domain.LearnerRepository;
import org.peaceops.intranet.training.domain.LearningRepository;
import org.peaceops.intranet.training.domain.LessonProgress;
import org.peaceops.intranet.training.domain.QuizAttempt;
import org.peaceops.intranet.training.domain.RecordRepository;
import org.peaceops.intranet.training.domain.TrainingRecord;
import org.peaceops.intranet.training.forward.domain.AppliedLearningEvent;
import org.peaceops.intranet.training.forward.domain.AppliedLearningEvent.Outcome;
import org.peaceops.intranet.training.forward.domain.LearningEvent;
import org.peaceops.intranet.training.forward.domain.LearningEventRepository;

/**
 * At headquarters: one learning event forwarded by a mission node becomes headquarters' own rows (with its
 * own ids), in one transaction with the record that it was folded, so an event is folded once. A
 * completion goes through {@link Completions} as one made here would: the learner's assignments met, the
 * certificate issued (with the node's code), owed refreshers met and the standing brought up to date.
 */
@Stateless
public class LearningFold {

    private static final Logger LOG = Logger.getLogger(LearningFold.class.getName());

    @Inject
    LearningEventRepository events;

    @Inject
    CourseRepository courses;

    @Inject
    LearnerRepository learners;

    @Inject
    LearningRepository learning;

    @Inject
    RecordRepository records;

    @Inject
    AssignmentRepository assignments;

    @Inject
    Completions completions;

    private final Clock clock = Clock.systemUTC();

    /** Folds the event unless it was folded already; empty when it was (or is not here). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Outcome> fold(String eventId) {
        if (events.appliedOf(eventId).isPresent()) {
            return Optional.empty();
        }
        LearningEvent event = events.find(eventId).orElse(null);
        if (event == null) {
            return Optional.empty();
        }
        CourseVersion version = courses.findVersion(event.getCourseVersionId())
                .filter(v -> v.getCourse().getId() == event.getCourseId()).orElse(null);
        Outcome outcome = version == null ? Outcome.UNKNOWN_COURSE : switch (event.getKind()) {
            case LESSON_DONE -> lesson(event, version);
            case QUIZ_SUBMITTED -> quiz(event);
            case COMPLETED -> completion(event, version);
        };
        if (outcome == Outcome.UNKNOWN_COURSE) {
            LOG.warning(() -> "Forwarded learning " + eventId + " names course version " + event.getCourseVersionId()
                    + " (or its lesson), which headquarters does not have: folded as unknown");
        }
        events.applied(new AppliedLearningEvent(eventId, outcome, clock.instant()));
        return Optional.of(outcome);
    }

    private Outcome lesson(LearningEvent event, CourseVersion version) {
        long lessonId = event.getLessonId().orElseThrow();
        if (version.lesson(lessonId).isEmpty()) {
            return Outcome.UNKNOWN_COURSE;
        }
        if (!learning.lessonsDone(event.getLearnerSubject(), List.of(lessonId)).isEmpty()) {
            return Outcome.ALREADY_KNOWN;
        }
        learning.add(new LessonProgress(event.getLearnerSubject(), lessonId, event.getOccurredAt()));
        return Outcome.APPLIED;
    }

    private Outcome quiz(LearningEvent event) {
        List<QuizAttempt> known = learning.attempts(event.getLearnerSubject(), event.getCourseVersionId());
        learning.add(QuizAttempt.forwarded(event.getLearnerSubject(), event.getCourseVersionId(), known.size() + 1,
                event.getQuestionOrder(), event.getAnswers(), event.getStartedAt().orElse(event.getOccurredAt()),
                event.getOccurredAt(), event.getScorePercent().orElse(null), event.isPassed()));
        return Outcome.APPLIED;
    }

    /** The completion rule's "once per version unless owed again" of {@code Learning}, applied here too. */
    private Outcome completion(LearningEvent event, CourseVersion version) {
        String subject = event.getLearnerSubject();
        long courseId = version.getCourse().getId();
        boolean already = records.ofLearner(subject).stream()
                .anyMatch(r -> r.getCourseId() == courseId && r.getCourseVersionNumber() == version.getNumber());
        if (already && !assignments.owes(subject, courseId)) {
            return Outcome.ALREADY_KNOWN;
        }
        Learner learner = learners.find(subject).orElseGet(() -> {
            // signed in on the node only: headquarters learns of them with their completion
            Learner created = new Learner(subject, event.getLearnerName(), event.getLearnerMission(),
                    event.getLearnerCategory());
            created.seen(event.getLearnerName(), event.getLearnerMission(), event.getLearnerCategory(),
                    event.getOccurredAt());
            learners.add(created);
            return created;
        });
        Instant at = event.getOccurredAt();
        completions.complete(TrainingRecord.forwarded(learner, version, event.getScorePercent().orElse(null), at),
                version.getCourse().getCertificateValidityMonths(), at, event.getCertificateCode());
        return Outcome.APPLIED;
    }
}
