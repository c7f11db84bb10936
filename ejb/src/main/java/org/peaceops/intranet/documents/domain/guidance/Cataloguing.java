package org.peaceops.intranet.documents.domain.guidance;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.peaceops.intranet.shared.Classification;

/**
 * How a document is filed, as opposed to what one version says: owning office, mission or HQ,
 * classification and themes. It belongs to the document, so it applies to every version at once; once
 * the document has been published, a change is proposed on the draft of its next version and takes
 * effect when that version is promulgated (see {@link GuidanceDocument#recatalogue}).
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

    /** Same office, mission, classification and themes (themes compared by code, in any order). */
    @Override
    public boolean equals(Object o) {
        return o instanceof Cataloguing other && owningOffice.equals(other.owningOffice) && mission.equals(other.mission)
                && classification == other.classification && thematicAreas.equals(other.thematicAreas);
    }

    @Override
    public int hashCode() {
        return Objects.hash(owningOffice, mission, classification, thematicAreas);
    }
}
