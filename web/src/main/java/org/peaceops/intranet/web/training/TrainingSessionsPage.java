package org.peaceops.intranet.web.training;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.training.session.application.EnrolmentView;
import org.peaceops.intranet.training.session.application.NoticeView;
import org.peaceops.intranet.training.session.application.SessionView;
import org.peaceops.intranet.training.session.application.TrainingSessions;
import org.peaceops.intranet.training.session.domain.EvaluationQuestion;
import org.peaceops.intranet.web.security.CurrentUser;
import org.peaceops.intranet.web.shell.PageFeedback;

/**
 * The learner's sessions: the upcoming ones of their mission to enrol in or withdraw from, those they
 * are on, and the evaluation form of a session they attended (once).
 */
@Named
@ViewScoped
public class TrainingSessionsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TrainingSessions sessions;

    @Inject
    CurrentUser user;

    @Inject
    PageFeedback feedback;

    private List<SessionView> mine;
    private List<NoticeView> notices;
    private SessionView evaluating;
    private final Map<EvaluationQuestion, Integer> ratings = new EnumMap<>(EvaluationQuestion.class);
    private String comment;

    @PostConstruct
    void init() {
        refresh();
    }

    private void refresh() {
        mine = feedback.valueOr(() -> sessions.mySessions(caller()), List.of());
        notices = feedback.valueOr(() -> sessions.notices(caller()), List.of());
    }

    public void enrol(SessionView s) {
        EnrolmentView[] e = new EnrolmentView[1];
        if (feedback.run(() -> e[0] = sessions.enrolSelf(caller(), s.id()), null)) {
            feedback.note("session.you." + e[0].place(), s.courseTitle());
        }
        refresh();
    }

    public void withdraw(SessionView s) {
        feedback.run(() -> sessions.withdrawSelf(caller(), s.id()), "session.you.withdrawn", s.courseTitle());
        refresh();
    }

    public void startEvaluation(SessionView s) {
        evaluating = s;
        ratings.clear();
        comment = null;
    }

    public void evaluate() {
        if (evaluating != null && feedback.run(() -> sessions.evaluate(caller(), evaluating.id(), ratings, comment),
                "session.evaluated", evaluating.courseTitle())) {
            evaluating = null;
        }
        refresh();
    }

    private Caller caller() {
        return user.caller().orElseThrow();
    }

    public List<EvaluationQuestion> getQuestions() {
        return List.of(EvaluationQuestion.values());
    }

    public List<SessionView> getMine() {
        return mine;
    }

    public List<NoticeView> getNotices() {
        return notices;
    }

    public SessionView getEvaluating() {
        return evaluating;
    }

    public Map<EvaluationQuestion, Integer> getRatings() {
        return ratings;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
