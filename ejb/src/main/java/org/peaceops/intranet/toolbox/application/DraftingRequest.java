package org.peaceops.intranet.toolbox.application;

import java.io.Serializable;
import java.util.List;

/**
 * What a guidance draft started from a recommendation is filed and described with. The recommendation
 * fills it in (title, a summary citing the report and the recommendation, the office addressed, the
 * report's mission); the officer completes the document type, reference number and themes.
 */
public record DraftingRequest(String typeCode, String referenceNumber, String title, String summary,
        String owningOffice, String missionCode, List<String> themeCodes) implements Serializable {

    public DraftingRequest {
        themeCodes = themeCodes == null ? List.of() : List.copyOf(themeCodes);
    }
}
