package org.peaceops.intranet.toolbox.domain;

import static org.peaceops.intranet.toolbox.domain.definition.FieldDefinition.column;
import static org.peaceops.intranet.toolbox.domain.definition.FieldDefinition.field;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.peaceops.intranet.shared.BilingualText;
import org.peaceops.intranet.shared.MissionCode;
import org.peaceops.intranet.toolbox.domain.definition.FieldDefinition;
import org.peaceops.intranet.toolbox.domain.definition.FieldKind;
import org.peaceops.intranet.toolbox.domain.definition.FieldValue;
import org.peaceops.intranet.toolbox.domain.definition.ReportAudience;
import org.peaceops.intranet.toolbox.domain.definition.ReportDefinition;
import org.peaceops.intranet.toolbox.domain.definition.ReportValues;

/** Report types shaped like the seeded ones, with ids as if stored, and complete values for them. */
public final class ToolboxFixture {

    public static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    public static final MissionCode UNMISS = new MissionCode("UNMISS");
    public static final MissionCode MINUSCA = new MissionCode("MINUSCA");
    public static final String AUTHOR = "contributor-sub";
    public static final String OFFICER = "bpo-unmiss-sub";

    private ToolboxFixture() {
    }

    public static List<FieldDefinition> aarFields() {
        return List.of(
                field("event", FieldKind.TEXT, true, false, "Event", "Événement", null),
                field("date", FieldKind.DATE, true, false, "Date", "Date", null),
                field("mission", FieldKind.MISSION, true, false, "Mission", "Mission", null),
                field("participants", FieldKind.PERSON, false, true, "Participants", "Participants", null),
                field("whatHappened", FieldKind.LONG_TEXT, true, false, "What happened", "Ce qui s'est passé", 1000));
    }

    public static ReportDefinition aar() {
        return stored(ReportDefinition.define("AFTER_ACTION_REVIEW", BilingualText.of("After Action Review",
                "Examen après action"), ReportAudience.BY_CLASSIFICATION, 10, aarFields(), "admin", NOW), 1L);
    }

    public static ReportDefinition survey() {
        return stored(ReportDefinition.define("SURVEY_OF_PRACTICE", BilingualText.of("Survey of Practice",
                "Enquête sur les pratiques"), ReportAudience.BY_CLASSIFICATION, 20, List.of(
                        field("question", FieldKind.TEXT, true, false, "Question", "Question", null),
                        field("findingsPerMission", FieldKind.ROWS, true, false, "Findings per mission", "Constats", null),
                        column("findingsPerMission", "mission", FieldKind.MISSION, true, false, "Mission", "Mission", null),
                        column("findingsPerMission", "findings", FieldKind.LONG_TEXT, true, false, "Findings", "Constats", null),
                        field("period", FieldKind.PERIOD, false, false, "Period", "Période", null)),
                "admin", NOW), 2L);
    }

    public static ReportDefinition handover() {
        return stored(ReportDefinition.define("HANDOVER_NOTE", BilingualText.of("Handover Note", "Note de passation"),
                ReportAudience.SUCCESSOR_AND_MISSION, 40, List.of(
                        field("post", FieldKind.TEXT, true, false, "Post", "Poste", null),
                        field("keyFiles", FieldKind.ATTACHMENT, false, true, "Key files", "Dossiers clés", null)),
                "admin", NOW), 4L);
    }

    /** Complete values for {@link #aar()}. */
    public static ReportValues aarValues() {
        return ReportValues.of(Map.of(
                "event", new FieldValue.Text("Election support convoy to Bor"),
                "date", new FieldValue.Date(LocalDate.of(2026, 11, 14)),
                "mission", new FieldValue.Missions(List.of(UNMISS)),
                "participants", new FieldValue.Persons(List.of("p1", "p2")),
                "whatHappened", new FieldValue.RichText("<p>The convoy left <b>two hours</b> late.</p>")));
    }

    /** Gives an entity the id the database would have given it. */
    public static <T> T stored(T entity, Long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
