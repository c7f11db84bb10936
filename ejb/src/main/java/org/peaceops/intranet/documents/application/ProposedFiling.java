package org.peaceops.intranet.documents.application;

import java.io.Serializable;
import java.util.List;
import org.peaceops.intranet.documents.domain.guidance.Cataloguing;
import org.peaceops.intranet.documents.domain.guidance.ThematicArea;
import org.peaceops.intranet.shared.Classification;

/**
 * The filing a draft proposes for its published document (office, mission, classification, themes),
 * which takes effect when the version is promulgated: shown to the approver beside the filing in force.
 */
public class ProposedFiling implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String owningOffice;
    private final String missionCode;
    private final Classification classification;
    private final List<String> themeCodes;

    ProposedFiling(Cataloguing c) {
        this.owningOffice = c.owningOffice();
        this.missionCode = c.mission().getValue();
        this.classification = c.classification();
        this.themeCodes = c.thematicAreas().stream().map(ThematicArea::getCode).sorted().toList();
    }

    public String getOwningOffice() {
        return owningOffice;
    }

    public String getMissionCode() {
        return missionCode;
    }

    public Classification getClassification() {
        return classification;
    }

    public List<String> getThemeCodes() {
        return themeCodes;
    }
}
