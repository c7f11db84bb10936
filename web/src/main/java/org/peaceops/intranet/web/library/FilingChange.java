package org.peaceops.intranet.web.library;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.peaceops.intranet.documents.application.GuidanceDetail;
import org.peaceops.intranet.documents.application.ProposedFiling;

/**
 * One row of a proposed re-filing on the document page: the field (a bundle key), its value in force
 * and the value the draft proposes. Classifications are given by name for the page to translate.
 */
public final class FilingChange implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String fieldKey;
    private final String now;
    private final String proposed;
    private final boolean classification;

    private FilingChange(String fieldKey, String now, String proposed, boolean classification) {
        this.fieldKey = fieldKey;
        this.now = now;
        this.proposed = proposed;
        this.classification = classification;
    }

    /** The rows where the proposal differs from the filing in force; empty when it changes nothing. */
    static List<FilingChange> between(GuidanceDetail inForce, ProposedFiling proposal) {
        List<FilingChange> rows = new ArrayList<>();
        add(rows, "library.col.classification", inForce.getClassification().name(), proposal.getClassification().name(), true);
        add(rows, "profile.mission", inForce.getMissionCode(), proposal.getMissionCode(), false);
        add(rows, "document.owningOffice", inForce.getOwningOffice(), proposal.getOwningOffice(), false);
        add(rows, "workflow.proposal.themes", String.join(", ", inForce.getThemeCodes().stream().sorted().toList()),
                String.join(", ", proposal.getThemeCodes()), false);
        return rows;
    }

    private static void add(List<FilingChange> rows, String key, String now, String proposed, boolean classification) {
        if (!Objects.equals(now, proposed)) {
            rows.add(new FilingChange(key, now, proposed, classification));
        }
    }

    public String getFieldKey() {
        return fieldKey;
    }

    public String getNow() {
        return now;
    }

    public String getProposed() {
        return proposed;
    }

    public boolean isClassification() {
        return classification;
    }
}
