package org.peaceops.intranet.web.training;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.shared.PersonnelCategory;
import org.peaceops.intranet.training.refresher.application.RefresherQueries;
import org.peaceops.intranet.training.refresher.application.Refreshers;
import org.peaceops.intranet.training.refresher.domain.OwedRefresherRepository.CourseAwaiting;
import org.peaceops.intranet.web.security.CurrentUser;
import org.peaceops.intranet.web.shell.Messages;
import org.peaceops.intranet.web.shell.PageFeedback;

/**
 * Everyone owing a refresher in the trainer's missions, filtered by mission and personnel category, and
 * (in confirm mode) the updated courses whose refreshers wait for the trainer's go.
 */
@Named
@ViewScoped
public class RefreshersPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RefresherQueries queries;

    @Inject
    Refreshers refreshers;

    @Inject
    CurrentUser user;

    @Inject
    PageFeedback feedback;

    @Inject
    Messages messages;

    private OwedTable owed;
    private List<CourseAwaiting> awaiting = List.of();
    private String mission;
    private String category;

    @PostConstruct
    void init() {
        owed = new OwedTable(queries, this::caller);
        refreshAwaiting();
    }

    private Caller caller() {
        return user.caller().orElseThrow();
    }

    private void refreshAwaiting() {
        awaiting = feedback.valueOr(() -> queries.awaitingConfirmation(caller()), List.of());
    }

    public void applyFilter() {
        owed.filter(mission, category);
    }

    /** Assigns the course's waiting refreshers (the page asked the trainer to confirm first). */
    public void confirm(long courseId) {
        int[] assigned = new int[1];
        if (feedback.run(() -> assigned[0] = refreshers.confirm(caller(), courseId), null)) {
            feedback.note("refreshers.confirmed", assigned[0]);
        }
        refreshAwaiting();
    }

    /** What the confirmation dialog asks: how many people of which course get the refresher now. */
    public String confirmMessage(CourseAwaiting course) {
        return messages.get("refreshers.confirm.message", course.people(), course.courseCode());
    }

    public boolean isConfirmMode() {
        return refreshers.mode() == org.peaceops.intranet.training.refresher.domain.RefresherMode.CONFIRM;
    }

    public PersonnelCategory[] getCategories() {
        return PersonnelCategory.values();
    }

    public OwedTable getOwed() {
        return owed;
    }

    public List<CourseAwaiting> getAwaiting() {
        return awaiting;
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
}
