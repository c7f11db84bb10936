package org.peaceops.intranet.documents.application.demo;

import java.time.LocalDate;
import java.util.List;
import org.peaceops.intranet.shared.Classification;

/**
 * The five public reports of {@code shared/seeds} as guidance, with realistic metadata. One is made
 * confidential to MINUSCA so that mission scoping has something to hide in the demo and the tests.
 */
enum DemoGuidance {

    BEST_PRACTICES("000_8241f4fdc124a4ed.txt", "POLICY_DIRECTIVE", "2007.18", "HQ", Classification.PUBLIC,
            "Peacekeeping Best Practices (A/62/593)",
            "Report of the Secretary-General on the guidance framework, the Best Practices Toolbox and the "
                    + "peace operations intranet.",
            List.of("PLANNING"), LocalDate.of(2007, 12, 18)),
    SPECIAL_COMMITTEE("001_2005f4ca479404d5.txt", "GUIDELINES", "2007.28", "HQ", Classification.INTERNAL,
            "Recommendations of the Special Committee on Peacekeeping Operations",
            "Restructuring, the Policy, Evaluation and Training Division, the Integrated Training Service and "
                    + "doctrine.",
            List.of("PLANNING", "CONDUCT_AND_DISCIPLINE"), LocalDate.of(2007, 12, 28)),
    NEW_HORIZON("002_244a202301258166.txt", "POLICY_DIRECTIVE", "2009.07", "HQ", Classification.PUBLIC,
            "A New Partnership Agenda: Charting a New Horizon for UN Peacekeeping",
            "DPKO/DFS non-paper on capabilities, operational standards, training and equipping.",
            List.of("PLANNING", "LOGISTICS"), LocalDate.of(2009, 7, 1)),
    INTEGRATED_OPERATIONS("003_15ffba2a9c586dff.txt", "MANUAL", "2007.04", "MINUSCA", Classification.CONFIDENTIAL,
            "Multidimensional and Integrated Peace Operations: Trends and Challenges",
            "Seminar proceedings, Addis Ababa 2007: integration of missions and the gaps in guidance.",
            List.of("CIVIL_AFFAIRS", "PROTECTION_OF_CIVILIANS"), LocalDate.of(2007, 4, 27)),
    CHALLENGES_FORUM("004_749a5434d7ea5823.txt", "GUIDELINES", "2018.09", "HQ", Classification.INTERNAL,
            "Challenges Forum recommendations for the Action for Peacekeeping agenda",
            "Pre-deployment and in-mission training, scenario databases and performance.",
            List.of("PLANNING", "PROTECTION_OF_CIVILIANS"), LocalDate.of(2018, 9, 25));

    final String fileName;
    final String typeCode;
    final String reference;
    final String mission;
    final Classification classification;
    final String title;
    final String summary;
    final List<String> themes;
    final LocalDate effective;

    DemoGuidance(String fileName, String typeCode, String reference, String mission, Classification classification,
            String title, String summary, List<String> themes, LocalDate effective) {
        this.fileName = fileName;
        this.typeCode = typeCode;
        this.reference = reference;
        this.mission = mission;
        this.classification = classification;
        this.title = title;
        this.summary = summary;
        this.themes = themes;
        this.effective = effective;
    }
}
