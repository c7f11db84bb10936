package org.peaceops.intranet.web.toolbox;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.peaceops.intranet.toolbox.application.RecommendationProposal;
import org.peaceops.intranet.toolbox.domain.recommendation.Priority;

/**
 * One recommendation row of the report form, kept as typed (the due date as text) so that a failed
 * submit loses nothing.
 */
public class RecommendationRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private String text;
    private String office;
    private String priority = Priority.MEDIUM.name();
    private String due;

    /** A row showing a recommendation as it was last filed. */
    static RecommendationRow of(RecommendationProposal proposal) {
        RecommendationRow row = new RecommendationRow();
        row.text = proposal.text();
        row.office = proposal.office();
        row.priority = proposal.priority() == null ? Priority.MEDIUM.name() : proposal.priority().name();
        row.due = proposal.dueDate() == null ? null : proposal.dueDate().toString();
        return row;
    }

    /** The proposal the service checks; @throws DateTimeParseException when the due date is not a date */
    RecommendationProposal proposal() {
        LocalDate dueDate = due == null || due.isBlank() ? null : LocalDate.parse(due.strip());
        Priority given = priority == null || priority.isBlank() ? Priority.MEDIUM : Priority.valueOf(priority);
        return new RecommendationProposal(text, office, given, dueDate);
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getOffice() {
        return office;
    }

    public void setOffice(String office) {
        this.office = office;
    }

    public String getPriority() {
        return priority;
    }

    public void setPriority(String priority) {
        this.priority = priority;
    }

    public String getDue() {
        return due;
    }

    public void setDue(String due) {
        this.due = due;
    }
}
