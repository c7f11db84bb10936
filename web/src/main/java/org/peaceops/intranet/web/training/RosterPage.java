package org.peaceops.intranet.web.training;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.shared.PersonnelCategory;
import org.peaceops.intranet.training.application.CourseCatalogue;
import org.peaceops.intranet.training.application.CourseSummary;
import org.peaceops.intranet.training.application.ItemStatistic;
import org.peaceops.intranet.training.application.RosterRow;
import org.peaceops.intranet.training.application.TrainingAssignments;
import org.peaceops.intranet.training.application.TrainingRecords;
import org.peaceops.intranet.training.scorm.application.RosterScorm;
import org.peaceops.intranet.training.scorm.application.ScormLessons;
import org.peaceops.intranet.web.security.CurrentUser;
import org.peaceops.intranet.web.shell.PageFeedback;

/**
 * A course roster: each person's status now, filtered by mission and category, with bulk actions
 * (cancel, extend, record attendance) on the selected rows, quiz item statistics and exports.
 */
@Named
@ViewScoped
public class RosterPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TrainingRecords records;

    @Inject
    ScormLessons scormLessons;

    private java.util.Map<String, RosterScorm> scorm = java.util.Map.of();

    @Inject
    TrainingAssignments assignments;

    @Inject
    CourseCatalogue catalogue;

    @Inject
    CurrentUser user;

    @Inject
    PageFeedback feedback;

    private Long id;
    private CourseSummary course;
    private boolean missing;
    private String mission;
    private String category;
    private List<RosterRow> rows = List.of();
    private List<RosterRow> selected = new ArrayList<>();
    private List<ItemStatistic> statistics = List.of();
    private String reason;
    private LocalDate newDueDate;

    public void load() {
        if (id == null) {
            missing = true;
            return;
        }
        if (!feedback.runQuietly(() -> course = catalogue.summary(id))) {
            missing = true;
            return;
        }
        refresh();
    }

    public void refresh() {
        missing = !feedback.run(() -> rows = records.roster(profile(), id, blank(mission), blank(category)), null);
        feedback.run(() -> statistics = course.currentVersion() == null ? List.of()
                : records.itemStatistics(profile(), id), null);
        feedback.run(() -> scorm = new java.util.HashMap<>(scormLessons.roster(profile(), id)), null);
        selected = new ArrayList<>();
    }

    /** Whether the course has SCORM lessons someone has played: the roster shows their columns. */
    public boolean isScormShown() {
        return !scorm.isEmpty();
    }

    /** The person's standing on the SCORM lessons, or {@code null} when they have not opened one. */
    public RosterScorm scormOf(String subject) {
        return scorm.get(subject);
    }

    private Caller profile() {
        return user.caller().orElseThrow();
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public void cancelSelected() {
        List<Long> ids = selectedAssignments();
        if (ids.isEmpty()) {
            feedback.error("roster.selectFirst");
            return;
        }
        if (feedback.run(() -> ids.forEach(a -> assignments.cancel(profile(), a, reason)), "roster.cancelled", ids.size())) {
            reason = null;
        }
        refresh();
    }

    public void extendSelected() {
        List<Long> ids = selectedAssignments();
        if (ids.isEmpty() || newDueDate == null) {
            feedback.error(ids.isEmpty() ? "roster.selectFirst" : "roster.dateRequired");
            return;
        }
        if (feedback.run(() -> ids.forEach(a -> assignments.extend(profile(), a, newDueDate, reason)), "roster.extended",
                ids.size())) {
            reason = null;
            newDueDate = null;
        }
        refresh();
    }

    public void recordAttendance() {
        List<String> subjects = selected.stream().map(RosterRow::subject).toList();
        if (subjects.isEmpty()) {
            feedback.error("roster.selectFirst");
            return;
        }
        feedback.run(() -> records.recordAttendance(profile(), id, subjects), "roster.attended", subjects.size());
        refresh();
    }

    private List<Long> selectedAssignments() {
        return selected.stream().map(RosterRow::assignmentId).filter(Objects::nonNull).toList();
    }

    /** The export address with the same filters as the table. */
    public String exportQuery(String format) {
        StringBuilder query = new StringBuilder("?id=").append(id).append("&format=").append(format);
        if (blank(mission) != null) {
            query.append("&mission=").append(java.net.URLEncoder.encode(mission.strip(), java.nio.charset.StandardCharsets.UTF_8));
        }
        if (blank(category) != null) {
            query.append("&category=").append(java.net.URLEncoder.encode(category.strip(), java.nio.charset.StandardCharsets.UTF_8));
        }
        return query.toString();
    }

    public long count(String status) {
        return rows.stream().filter(r -> r.status().name().equals(status)).count();
    }

    public PersonnelCategory[] getCategories() {
        return PersonnelCategory.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public CourseSummary getCourse() {
        return course;
    }

    public boolean isMissing() {
        return missing;
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

    public List<RosterRow> getRows() {
        return rows;
    }

    public List<RosterRow> getSelected() {
        return selected;
    }

    public void setSelected(List<RosterRow> selected) {
        this.selected = selected == null ? new ArrayList<>() : selected;
    }

    public List<ItemStatistic> getStatistics() {
        return statistics;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public LocalDate getNewDueDate() {
        return newDueDate;
    }

    public void setNewDueDate(LocalDate newDueDate) {
        this.newDueDate = newDueDate;
    }
}
