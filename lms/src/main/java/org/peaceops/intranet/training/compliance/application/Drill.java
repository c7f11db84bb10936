package org.peaceops.intranet.training.compliance.application;

import java.time.YearMonth;
import org.peaceops.intranet.training.compliance.domain.ComplianceFigure;

/**
 * What a reader asked to see: a figure, the filters (mission, category code; null for all), and for a
 * trend point its month, for the gap report a country.
 */
public record Drill(ComplianceFigure figure, String mission, String category, YearMonth month, String country) implements java.io.Serializable {

    /** The dashboard itself: no figure chosen yet. */
    public static Drill dashboard(String mission, String category) {
        return new Drill(ComplianceFigure.PEOPLE, mission, category, null, null);
    }
}
