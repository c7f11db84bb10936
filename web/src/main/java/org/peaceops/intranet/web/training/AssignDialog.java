package org.peaceops.intranet.web.training;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.shared.PersonnelCategory;
import org.peaceops.intranet.training.application.DueDateInput;
import org.peaceops.intranet.training.application.LearnerSummary;
import org.peaceops.intranet.training.application.TrainingAssignments;
import org.peaceops.intranet.training.domain.DueDateRule;
import org.peaceops.intranet.web.security.CurrentUser;
import org.peaceops.intranet.web.shell.PageFeedback;

/**
 * The assign dialog of a roster: to people found by name, or by a rule (mission and/or category)
 * that also reaches people who arrive later; with an absolute or relative due date.
 */
@Named
@ViewScoped
public class AssignDialog implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TrainingAssignments assignments;

    @Inject
    CurrentUser user;

    @Inject
    PageFeedback feedback;

    @Inject
    RosterPage roster;

    /** PEOPLE or RULE: which button was used. */
    private String target = "PEOPLE";
    private String peopleQuery;
    private List<LearnerSummary> found = List.of();
    private List<String> chosen = new ArrayList<>();
    private String mission;
    private String category;
    private DueDateRule.Kind dueKind = DueDateRule.Kind.DAYS_AFTER_ARRIVAL;
    private LocalDate dueDate;
    private Integer dueDays = 30;

    private Caller profile() {
        return user.caller().orElseThrow();
    }

    public void searchPeople() {
        feedback.run(() -> found = assignments.findLearners(profile(), peopleQuery), null);
    }

    public void assignToPeople() {
        target = "PEOPLE";
        assign();
    }

    public void assignByRule() {
        target = "RULE";
        assign();
    }

    private void assign() {
        DueDateInput due = new DueDateInput(dueKind, dueDate, dueDays);
        long courseId = roster.getId();
        int[] count = new int[1];
        boolean ok;
        if ("RULE".equals(target)) {
            ok = feedback.run(() -> count[0] = assignments.assignByRule(profile(), courseId, mission, category, due), null);
        } else if (chosen.isEmpty()) {
            feedback.error("assign.choosePeople");
            return;
        } else {
            ok = feedback.run(() -> count[0] = assignments.assignPeople(profile(), courseId, chosen, due), null);
        }
        if (ok) {
            feedback.run(() -> { }, "assign.done", count[0]);
            chosen = new ArrayList<>();
            roster.refresh();
        }
    }

    public DueDateRule.Kind[] getDueKinds() {
        return DueDateRule.Kind.values();
    }

    public PersonnelCategory[] getCategories() {
        return PersonnelCategory.values();
    }

    public String getPeopleQuery() {
        return peopleQuery;
    }

    public void setPeopleQuery(String peopleQuery) {
        this.peopleQuery = peopleQuery;
    }

    public List<LearnerSummary> getFound() {
        return found;
    }

    public List<String> getChosen() {
        return chosen;
    }

    public void setChosen(List<String> chosen) {
        this.chosen = chosen == null ? new ArrayList<>() : chosen;
    }

    public String getMission() {
        return mission;
    }

    public void setMission(String mission) {
        this.mission = mission;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public DueDateRule.Kind getDueKind() {
        return dueKind;
    }

    public void setDueKind(DueDateRule.Kind dueKind) {
        this.dueKind = dueKind;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public Integer getDueDays() {
        return dueDays;
    }

    public void setDueDays(Integer dueDays) {
        this.dueDays = dueDays;
    }
}
