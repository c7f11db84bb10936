package org.peaceops.intranet.training.forward.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.peaceops.intranet.platform.application.MissionNode;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.training.domain.Certificate;
import org.peaceops.intranet.training.domain.CourseVersion;
import org.peaceops.intranet.training.domain.Learner;
import org.peaceops.intranet.training.domain.QuizAttempt;
import org.peaceops.intranet.training.domain.TrainingRecord;
import org.peaceops.intranet.training.forward.domain.LearningEvent;
import org.peaceops.intranet.training.forward.domain.LearningEventRepository;

/**
 * On a mission node, what a learner did is also written as a {@link LearningEvent}, in the caller's
 * transaction (so an event exists exactly when the node's own row does): the node's publication
 * intranet_learning forwards those to headquarters, which folds them into its own records. At headquarters
 * nothing is written: its rows are the record already.
 */
@ApplicationScoped
public class LearningJournal {

    @Inject
    MissionNode node;

    @Inject
    LearningEventRepository events;

    public LearningJournal() {
    }

    /** For tests and hand-wired services. */
    public static LearningJournal of(MissionNode node, LearningEventRepository events) {
        LearningJournal journal = new LearningJournal();
        journal.node = node;
        journal.events = events;
        return journal;
    }

    public void lessonDone(Caller user, CourseVersion version, long lessonId, Instant at) {
        if (node.isNode()) {
            events.add(LearningEvent.lessonDone(user.subject(), user.displayName(), user.mission(),
                    user.category().code(), version, lessonId, at));
        }
    }

    public void quizSubmitted(Caller user, CourseVersion version, QuizAttempt attempt) {
        if (node.isNode()) {
            events.add(LearningEvent.quizSubmitted(user.displayName(), user.mission(), user.category().code(),
                    version, attempt));
        }
    }

    public void completed(Learner learner, CourseVersion version, TrainingRecord record, Certificate certificate) {
        if (node.isNode()) {
            events.add(LearningEvent.completed(learner, version, record, certificate));
        }
    }
}
