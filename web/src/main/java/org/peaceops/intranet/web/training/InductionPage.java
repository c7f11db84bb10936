package org.peaceops.intranet.web.training;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.training.application.InductionProgrammes;
import org.peaceops.intranet.training.application.InductionStep;
import org.peaceops.intranet.training.application.LearnerInduction;
import org.peaceops.intranet.training.application.LearnerSummary;
import org.peaceops.intranet.training.application.TrainingAssignments;
import org.peaceops.intranet.web.security.CurrentUser;
import org.peaceops.intranet.web.shell.PageFeedback;

/**
 * Induction on arrival: a mission's programme (its rules due so many days after arrival), and a
 * person's arrival date, which a trainer records or corrects; their induction due dates follow it.
 */
@Named
@ViewScoped
public class InductionPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    InductionProgrammes induction;

    @Inject
    TrainingAssignments training;

    @Inject
    CurrentUser user;

    @Inject
    PageFeedback feedback;

    private String mission;
    private List<InductionStep> programme;
    private String query;
    private List<LearnerSummary> found;
    private LearnerInduction person;
    private LocalDate arrival;

    /** A mission trainer starts on their own mission's programme; headquarters chooses one. */
    public void load() {
        if (mission == null && !profile().atHeadquarters()) {
            mission = profile().mission();
            showProgramme();
        }
    }

    public void showProgramme() {
        programme = null;
        feedback.run(() -> programme = induction.programme(profile(), mission), null);
    }

    public void search() {
        found = feedback.valueOr(() -> training.findLearners(profile(), query), List.of());
    }

    public void choose(String subject) {
        feedback.run(() -> {
            person = induction.learner(profile(), subject);
            arrival = person.learner().arrivalDate();
        }, null);
    }

    public void recordArrival() {
        if (person != null) {
            String subject = person.learner().subject();
            if (feedback.run(() -> person = induction.recordArrival(profile(), subject, arrival), "induction.recorded",
                    person.learner().name(), arrival) && found != null) {
                search(); // the list shows arrival dates: the one just recorded too
            }
        }
    }

    private Caller profile() {
        return user.caller().orElseThrow();
    }

    public String getMission() {
        return mission;
    }

    public void setMission(String mission) {
        this.mission = mission == null ? null : mission.strip().toUpperCase(java.util.Locale.ROOT);
    }

    /** Null until a mission is shown (so the page tells "choose a mission" from "an empty programme"). */
    public List<InductionStep> getProgramme() {
        return programme;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    /** Null before any search. */
    public List<LearnerSummary> getFound() {
        return found;
    }

    public LearnerInduction getPerson() {
        return person;
    }

    public LocalDate getArrival() {
        return arrival;
    }

    public void setArrival(LocalDate arrival) {
        this.arrival = arrival;
    }
}
