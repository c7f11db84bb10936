package org.peaceops.intranet.web.toolbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peaceops.intranet.shared.MissionCode;
import org.peaceops.intranet.toolbox.domain.definition.FieldDefinition;
import org.peaceops.intranet.toolbox.domain.definition.FieldKind;
import org.peaceops.intranet.toolbox.domain.definition.FieldValue;
import org.peaceops.intranet.toolbox.domain.definition.ReportValues;

/** What the report form reads from what was typed, and what it cannot read. */
class FormInputTest {

    private static final List<FieldDefinition> FIELDS = List.of(
            FieldDefinition.field("event", FieldKind.TEXT, true, false, "Event", "Événement", null),
            FieldDefinition.field("date", FieldKind.DATE, true, false, "Date", "Date", null),
            FieldDefinition.field("period", FieldKind.PERIOD, false, false, "Period", "Période", null),
            FieldDefinition.field("missions", FieldKind.MISSION, false, true, "Missions", "Missions", null),
            FieldDefinition.field("participants", FieldKind.PERSON, false, true, "Participants", "Participants", null),
            FieldDefinition.field("whatHappened", FieldKind.LONG_TEXT, true, false, "What happened", "Ce qui s'est passé", null));

    @Test
    void typedTextBecomesTheValuesOfEachKind() {
        FormInput input = new FormInput();
        input.getText().putAll(Map.of("event", "  Convoy  ", "date", "2026-11-14", "period", "2026-11-01",
                "missions", "unmiss, MINUSCA;", "participants", "amina\njean", "whatHappened", "Left late.\n\nArrived <b>safe</b>."));
        input.getUntil().put("period", "2026-11-30");
        Map<String, String> unreadable = new HashMap<>();

        ReportValues values = input.values(FIELDS, unreadable);

        assertThat(unreadable).isEmpty();
        assertThat(values.get("event")).contains(new FieldValue.Text("Convoy"));
        assertThat(values.get("date")).contains(new FieldValue.Date(LocalDate.of(2026, 11, 14)));
        assertThat(values.get("period")).contains(new FieldValue.Period(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)));
        assertThat(values.get("missions"))
                .contains(new FieldValue.Missions(List.of(new MissionCode("UNMISS"), new MissionCode("MINUSCA"))));
        assertThat(values.get("participants")).contains(new FieldValue.Persons(List.of("amina", "jean")));
        // Typed markup stays text: escaped, never read as HTML.
        assertThat(((FieldValue.RichText) values.get("whatHappened").orElseThrow()).html())
                .contains("<p>Left late.</p>").contains("&lt;b&gt;safe&lt;/b&gt;").doesNotContain("<b>");
    }

    @Test
    void whatCannotBeReadIsLeftOutWithItsReasonAndBlankFieldsAreNotGiven() {
        FormInput input = new FormInput();
        input.getText().putAll(Map.of("event", "   ", "date", "14/11/2026", "missions", "not a mission"));
        Map<String, String> unreadable = new HashMap<>();

        ReportValues values = input.values(FIELDS, unreadable);

        assertThat(unreadable).containsOnly(Map.entry("date", "toolbox.field.badDate"),
                Map.entry("missions", "mission.code.invalid"));
        assertThat(values.keys()).isEmpty();
    }

    @Test
    void storedValuesGoBackOnTheFormAsTypedAndReadBackTheSame() {
        FormInput typed = new FormInput();
        typed.getText().putAll(Map.of("event", "Convoy", "date", "2026-11-14", "period", "2026-11-01",
                "missions", "UNMISS, MINUSCA", "participants", "amina, jean",
                "whatHappened", "Left late & slow.\nStill <b>safe</b>.\n\nArrived."));
        typed.getUntil().put("period", "2026-11-30");
        ReportValues stored = typed.values(FIELDS, new HashMap<>());

        FormInput revised = new FormInput();
        revised.fill(FIELDS, stored);

        assertThat(revised.getText()).containsEntry("whatHappened", "Left late & slow.\nStill <b>safe</b>.\n\nArrived.")
                .containsEntry("missions", "UNMISS, MINUSCA").containsEntry("date", "2026-11-14");
        assertThat(revised.getUntil()).containsEntry("period", "2026-11-30");
        assertThat(revised.values(FIELDS, new HashMap<>())).isEqualTo(stored);
    }

    @Test
    void themesTickedInTheMenuBecomeTheReportsThemesAndComeBackOnRevision() {
        List<FieldDefinition> fields = List.of(
                FieldDefinition.field("themes", FieldKind.THEMES, false, true, "Themes", "Thèmes", null));
        FormInput input = new FormInput();
        // a select-many bound through a map entry hands over an array
        input.getThemes().put("themes", new Object[] {"PLANNING", "GENDER", "PLANNING"});

        ReportValues values = input.values(fields, new HashMap<>());

        assertThat(values.get("themes")).contains(new FieldValue.Themes(List.of("PLANNING", "GENDER")));
        FormInput revised = new FormInput();
        revised.fill(fields, values);
        assertThat(FormInput.codes(revised.getThemes().get("themes"))).containsExactly("PLANNING", "GENDER");
        assertThat(new FormInput().values(fields, new HashMap<>()).get("themes")).isEmpty();
    }
}
