package org.peaceops.intranet.web.toolbox;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.toolbox.application.BoardPage;
import org.peaceops.intranet.toolbox.application.BoardQuery;
import org.peaceops.intranet.toolbox.application.BoardRow;
import org.peaceops.intranet.toolbox.application.RecommendationBoard;
import org.peaceops.intranet.toolbox.domain.recommendation.BoardSort;
import org.peaceops.intranet.toolbox.domain.recommendation.Priority;
import org.peaceops.intranet.toolbox.domain.recommendation.RecommendationStatus;
import org.peaceops.intranet.web.security.CurrentUser;
import org.peaceops.intranet.web.shell.PageFeedback;

/**
 * {@code /toolbox/recommendations.xhtml}: the recommendations board, every recommendation of the published
 * reports the reader may read, filtered, ordered and paged (lazily), with an overdue view
 * ({@code ?view=overdue}). The mission's officer (or an administrator) accepts, rejects with a reason or
 * records the evidence of implementation; each decision names the row version shown, so a decision on a
 * row someone else changed meanwhile is refused with a message and the row shown as it is now.
 */
@Named
@ViewScoped
public class RecommendationsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RecommendationBoard board;

    @Inject
    CurrentUser user;

    @Inject
    PageFeedback feedback;

    private String view;
    private String status;
    private String mission;
    private String priority;
    private String office;
    private String sort = BoardSort.DUE_DATE.name();
    private boolean descending;
    private BoardRows rows;
    private final Map<Long, String> note = new HashMap<>();
    /**
     * The row version of each recommendation as last rendered: a decision names the version the person
     * saw, not the one the table reloads on the postback, so someone else's decision in between is noticed.
     */
    private final Map<Long, Long> shown = new HashMap<>();

    @PostConstruct
    void init() {
        rows = new BoardRows((first, size) -> page(first, size));
    }

    private BoardPage page(int first, int size) {
        Caller caller = user.caller().orElseThrow();
        BoardQuery query = new BoardQuery(enumOr(RecommendationStatus.class, status), mission,
                enumOr(Priority.class, priority), office, isOverdue(), enumOr(BoardSort.class, sort), !descending,
                first, size);
        BoardPage page = feedback.valueOr(() -> board.list(caller, query), new BoardPage(java.util.List.of(), 0));
        if (FacesContext.getCurrentInstance().getCurrentPhaseId() == PhaseId.RENDER_RESPONSE) {
            page.rows().forEach(r -> shown.put(r.item().id(), r.item().rowVersion()));
        }
        return page;
    }

    private long seen(BoardRow row) {
        return shown.getOrDefault(row.item().id(), row.item().rowVersion());
    }

    private static <E extends Enum<E>> E enumOr(Class<E> type, String name) {
        return name == null || name.isBlank() ? null : Enum.valueOf(type, name);
    }

    /** The filter form's button: the table reads its pages again from the first. */
    public void apply() {
        // the lazy model asks the service on render; nothing else to do
    }

    public void accept(BoardRow row) {
        feedback.run(() -> board.accept(user.caller().orElseThrow(), row.item().id(), seen(row)),
                "toolbox.board.accepted");
    }

    public void reject(BoardRow row) {
        if (feedback.run(() -> board.reject(user.caller().orElseThrow(), row.item().id(), seen(row),
                note.get(row.item().id())), "toolbox.board.rejected")) {
            note.remove(row.item().id());
        }
    }

    public void implement(BoardRow row) {
        if (feedback.run(() -> board.implement(user.caller().orElseThrow(), row.item().id(), seen(row),
                note.get(row.item().id())), "toolbox.board.implemented")) {
            note.remove(row.item().id());
        }
    }

    public boolean isOverdue() {
        return "overdue".equals(view);
    }

    public String due(BoardRow row) {
        return row.item().dueDate().map(Object::toString).orElse("");
    }

    public String decisionNote(BoardRow row) {
        return row.item().decisionNote().orElse("");
    }

    public BoardRows getRows() {
        return rows;
    }

    public RecommendationStatus[] getStatuses() {
        return RecommendationStatus.values();
    }

    public Priority[] getPriorities() {
        return Priority.values();
    }

    public BoardSort[] getSorts() {
        return BoardSort.values();
    }

    public Map<Long, String> getNote() {
        return note;
    }

    public String getView() {
        return view;
    }

    public void setView(String view) {
        this.view = view;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getMission() {
        return mission;
    }

    public void setMission(String mission) {
        this.mission = mission == null || mission.isBlank() ? null : mission.strip().toUpperCase(java.util.Locale.ROOT);
    }

    public String getPriority() {
        return priority;
    }

    public void setPriority(String priority) {
        this.priority = priority;
    }

    public String getOffice() {
        return office;
    }

    public void setOffice(String office) {
        this.office = office;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }

    public boolean isDescending() {
        return descending;
    }

    public void setDescending(boolean descending) {
        this.descending = descending;
    }
}
