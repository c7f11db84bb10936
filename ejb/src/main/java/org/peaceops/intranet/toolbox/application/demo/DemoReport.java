package org.peaceops.intranet.toolbox.application.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.peaceops.intranet.shared.Classification;
import org.peaceops.intranet.shared.MissionCode;
import org.peaceops.intranet.toolbox.application.RecommendationProposal;
import org.peaceops.intranet.toolbox.domain.definition.FieldValue;
import org.peaceops.intranet.toolbox.domain.definition.ReportValues;
import org.peaceops.intranet.toolbox.domain.recommendation.Priority;

/**
 * The demo Toolbox: three After Action Reviews and a Handover Note of the demo mission, written from the
 * lessons of the 2007 integrated missions seminar (seed 003) and the Challenges Forum recommendations
 * for Action for Peacekeeping (seed 004), so a newcomer meets reports, recommendations and trends.
 */
public record DemoReport(String typeCode, String title, Classification classification, ReportValues values,
        List<RecommendationProposal> recommendations) {

    static final MissionCode MISSION = new MissionCode("UNMISS");

    private static FieldValue.RichText html(String... paragraphs) {
        StringBuilder html = new StringBuilder();
        for (String p : paragraphs) {
            html.append("<p>").append(p).append("</p>");
        }
        return new FieldValue.RichText(html.toString());
    }

    /** Thematic areas of the guidance taxonomy (documents seed), by code. */
    private static FieldValue.Themes themes(String... codes) {
        return new FieldValue.Themes(List.of(codes));
    }

    private static ReportValues aar(String event, LocalDate date, FieldValue.RichText planned,
            FieldValue.RichText happened, FieldValue.RichText why, FieldValue.RichText well, FieldValue.RichText improve) {
        return ReportValues.of(Map.of("event", new FieldValue.Text(event), "date", new FieldValue.Date(date),
                "mission", new FieldValue.Missions(List.of(MISSION)), "whatWasPlanned", planned,
                "whatHappened", happened, "why", why, "whatWentWell", well, "whatToImprove", improve));
    }

    public static List<DemoReport> all() {
        return List.of(
                new DemoReport("AFTER_ACTION_REVIEW", "Joint election logistics in Jonglei: mission and country team",
                        Classification.INTERNAL,
                        aar("Joint support to the county elections in Jonglei", LocalDate.of(2026, 9, 18),
                                html("The mission and the UN Country Team agreed one integrated plan: mission air assets "
                                        + "would carry ballot material, agencies would run voter education in the same counties."),
                                html("The plan held for the first week. When the security situation changed, political and "
                                        + "military priorities took over and the voter education teams were left without transport "
                                        + "for five days."),
                                html("The integrated plan was written once and never revisited: the rapidly changing dynamics "
                                        + "after the incidents unravelled the synchronised effort. Political analysis stayed inside "
                                        + "the mission and did not reach the agencies that needed it."),
                                html("Weekly coordination between the field office and the agencies kept the ballot material "
                                        + "on time. National electoral staff ran the counting centres themselves."),
                                html("Share political analysis with the country team before every joint deployment, and review "
                                        + "the integrated plan whenever security priorities change. Form should follow function."))
                                .with("themes", themes("PLANNING", "LOGISTICS", "CIVIL_AFFAIRS")),
                        List.of(new RecommendationProposal("Share the mission's political analysis with the UN Country Team "
                                + "before each joint deployment.", "Office of the Deputy Special Representative", Priority.HIGH,
                                LocalDate.of(2027, 3, 31)),
                                new RecommendationProposal("Review integrated field plans whenever the security phase changes.",
                                        "Joint Operations Centre", Priority.MEDIUM, LocalDate.of(2027, 6, 30)))),
                new DemoReport("AFTER_ACTION_REVIEW", "Early warning before the attacks near Pibor",
                        Classification.PUBLIC,
                        aar("Protection of civilians response near Pibor", LocalDate.of(2026, 10, 6),
                                html("Patrols were to follow the protection of civilians plan, with community alert networks "
                                        + "reporting movements of armed groups to the field office."),
                                html("Community liaison assistants reported warnings two days before the attacks, but the "
                                        + "warnings were not part of the conflict analysis and no patrol was moved. Rumours on local "
                                        + "radio drove families away from the protection site."),
                                html("Early warning indicators for atrocities were not part of the weekly conflict analysis, "
                                        + "and the mission had no strategic communication plan to manage expectations of protection."),
                                html("Once the warnings reached the field office, a patrol base was set up within hours. "
                                        + "Women's groups passed on warnings quickly through the alert network."),
                                html("Apply an atrocity prevention lens in the weekly conflict analysis and prepare a strategic "
                                        + "communication plan on what protection the mission can and cannot give."))
                                .with("themes", themes("PROTECTION_OF_CIVILIANS", "HUMAN_RIGHTS")),
                        List.of(new RecommendationProposal("Add atrocity early warning indicators to the weekly conflict analysis.",
                                "Joint Mission Analysis Centre", Priority.HIGH, LocalDate.of(2027, 2, 28)),
                                new RecommendationProposal("Prepare a strategic communication plan on protection of civilians "
                                        + "for local radio.", "Strategic Communication and Public Information", Priority.MEDIUM,
                                        LocalDate.of(2027, 4, 30)))),
                new DemoReport("AFTER_ACTION_REVIEW", "Scenario exercises in in-mission training",
                        Classification.INTERNAL,
                        aar("In-mission training with scenario exercises for new contingents", LocalDate.of(2026, 11, 3),
                                html("Induction was to include two days of scenario exercises built from incidents the mission "
                                        + "had met in the field."),
                                html("The training cell had no collection of real scenarios and wrote exercises from scratch. "
                                        + "Contingents arrived with pre-deployment training that did not match the mission's standards."),
                                html("No database of complex and challenging field scenarios exists, and examples of exceptional "
                                        + "performance are not shared between missions."),
                                html("The exercises built from the Pibor warnings were rated the most useful part of induction."),
                                html("Build a shared database of field scenarios and examples of exceptional performance, "
                                        + "and align pre-deployment training with in-mission training."))
                                .with("themes", themes("PLANNING", "PROTECTION_OF_CIVILIANS")),
                        List.of(new RecommendationProposal("Build a database of complex field scenarios for in-mission training "
                                + "exercises.", "Integrated Mission Training Centre", Priority.HIGH, LocalDate.of(2027, 5, 31)),
                                new RecommendationProposal("Share examples of exceptional performance with the Integrated Training "
                                        + "Service.", "Integrated Mission Training Centre", Priority.LOW, LocalDate.of(2027, 9, 30)))),
                new DemoReport("HANDOVER_NOTE", "Handover of the Bor field office coordination post",
                        Classification.CONFIDENTIAL,
                        ReportValues.of(Map.of(
                                "post", new FieldValue.Text("Field Office Coordinator, Bor"),
                                "responsibilities", html("Coordinates the field office's sections and the agencies in Jonglei; "
                                        + "chairs the weekly protection meeting; reports monthly to the Head of Office."),
                                "ongoingIssues", html("National ownership of the county reconciliation conferences: engage "
                                        + "youth and women's groups, not only the commissioners.",
                                        "Monthly reports should carry gender disaggregated data; two sections still do not."),
                                "keyContacts", new FieldValue.Rows(List.of(
                                        Map.of("name", new FieldValue.Text("County Commissioner's office"),
                                                "role", new FieldValue.Text("Local authority"),
                                                "howToReach", new FieldValue.Text("Through the field office's national staff")),
                                        Map.of("name", new FieldValue.Text("Women's association of Bor"),
                                                "role", new FieldValue.Text("Civil society, alert network"),
                                                "howToReach", new FieldValue.Text("Weekly protection meeting"))))))
                                .with("themes", themes("GENDER", "CIVIL_AFFAIRS", "PROTECTION_OF_CIVILIANS")),
                        List.of(new RecommendationProposal("Include gender disaggregated data in every section's monthly report.",
                                "Head of Field Office", Priority.MEDIUM, LocalDate.of(2027, 1, 31)))));
    }
}
