package org.peaceops.intranet.documents.domain.guidance;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.peaceops.intranet.documents.domain.Classification;

/**
 * How a document is filed, as opposed to what one version says: owning office, mission or HQ,
 * classification and themes. It belongs to the document, so it applies to every version at once.
 */
public final class Cataloguing {

    private static final int MAX_OFFICE = 200;

    private final String owningOffice;
    private final MissionCode mission;
    private final Classification classification;
    private final Set<ThematicArea> thematicAreas;

    public Cataloguing(String owningOffice, MissionCode mission, Classification classification,
            Set<ThematicArea> thematicAreas) {
        String office = owningOffice == null ? "" : owningOffice.trim();
        if (office.isEmpty() || office.length() > MAX_OFFICE) {
            throw new GuidanceRuleException("guidance.owningOffice.invalid",
                    "Name the owning office (1 to " + MAX_OFFICE + " characters).");
        }
        if (thematicAreas == null || thematicAreas.isEmpty()) {
            throw new GuidanceRuleException("guidance.thematicAreas.required", "Choose at least one thematic area.");
        }
        if (classification == null) {
            throw new GuidanceRuleException("guidance.classification.required", "Choose a classification.");
        }
        this.owningOffice = office;
        this.mission = Objects.requireNonNull(mission, "mission");
        this.classification = classification;
        this.thematicAreas = Collections.unmodifiableSet(new LinkedHashSet<>(thematicAreas));
    }

    public String owningOffice() {
        return owningOffice;
    }

    public MissionCode mission() {
        return mission;
    }

    public Classification classification() {
        return classification;
    }

    public Set<ThematicArea> thematicAreas() {
        return thematicAreas;
    }
}
