package org.peaceops.intranet.toolbox.domain.definition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.peaceops.intranet.toolbox.domain.ToolboxFixture.NOW;
import static org.peaceops.intranet.toolbox.domain.definition.FieldDefinition.column;
import static org.peaceops.intranet.toolbox.domain.definition.FieldDefinition.field;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.peaceops.intranet.shared.BilingualText;
import org.peaceops.intranet.toolbox.domain.ToolboxFixture;
import org.peaceops.intranet.toolbox.domain.ToolboxRuleException;

class ReportDefinitionTest {

    private static final BilingualText NAME = BilingualText.of("Lessons note", "Note d'enseignements");

    @Test
    void aNewTypeStartsAtVersionOneWithItsFieldsInFormOrder() {
        ReportDefinition aar = ToolboxFixture.aar();

        assertThat(aar.current().number()).isEqualTo(1);
        assertThat(aar.current().fields()).extracting(FieldDefinition::key)
                .containsExactly("event", "date", "mission", "participants", "whatHappened");
        assertThat(aar.current().field("whatHappened").orElseThrow().label(Locale.FRENCH)).isEqualTo("Ce qui s'est passé");
        assertThat(aar.current().field("whatHappened").orElseThrow().label(Locale.ENGLISH)).isEqualTo("What happened");
        assertThat(aar.code()).isEqualTo("AFTER_ACTION_REVIEW");
    }

    @Test
    void revisingAppendsAVersionAndLeavesTheEarlierOneAsItWas() {
        ReportDefinition aar = ToolboxFixture.aar();
        List<FieldDefinition> fields = new ArrayList<>(ToolboxFixture.aarFields());
        fields.add(field("theme", FieldKind.TEXT, false, false, "Theme", "Thème", 80));

        DefinitionVersion second = aar.revise(fields, "admin", NOW.plusSeconds(60));

        assertThat(second.number()).isEqualTo(2);
        assertThat(aar.current()).isSameAs(second);
        assertThat(aar.version(1).orElseThrow().fields()).hasSize(5);
        assertThat(second.fields()).hasSize(6);
        assertThat(aar.versions()).extracting(DefinitionVersion::number).containsExactly(1, 2);
    }

    @Test
    void aRevisionThatChangesNothingIsRefused() {
        ReportDefinition aar = ToolboxFixture.aar();

        assertThatThrownBy(() -> aar.revise(ToolboxFixture.aarFields(), "admin", NOW))
                .isInstanceOf(ToolboxRuleException.class).extracting("key").isEqualTo("toolbox.definition.unchanged");
    }

    @Test
    void aKeptKeyCannotChangeKind() {
        ReportDefinition aar = ToolboxFixture.aar();
        List<FieldDefinition> fields = new ArrayList<>(ToolboxFixture.aarFields());
        fields.set(1, field("date", FieldKind.PERIOD, true, false, "Dates", "Dates", null));

        assertThatThrownBy(() -> aar.revise(fields, "admin", NOW))
                .isInstanceOf(ToolboxRuleException.class).extracting("key").isEqualTo("toolbox.definition.kindChanged");
    }

    @Test
    void keysMustBeUniqueAndWellFormed() {
        List<FieldDefinition> twice = List.of(field("event", FieldKind.TEXT, true, false, "Event", "Événement", null),
                field("event", FieldKind.DATE, true, false, "Date", "Date", null));

        assertThatThrownBy(() -> ReportDefinition.define("NOTE", NAME, ReportAudience.BY_CLASSIFICATION, 1, twice, "a", NOW))
                .extracting("key").isEqualTo("toolbox.definition.duplicateKey");
        assertThatThrownBy(() -> field("what went well", FieldKind.TEXT, true, false, "A", "B", null))
                .extracting("key").isEqualTo("toolbox.definition.key");
        assertThatThrownBy(() -> ReportDefinition.define("no spaces", NAME, ReportAudience.BY_CLASSIFICATION, 1,
                ToolboxFixture.aarFields(), "a", NOW)).extracting("key").isEqualTo("toolbox.definition.code");
    }

    @Test
    void aTypeNeedsAFieldAndEveryListNeedsAColumnAndEveryColumnAList() {
        assertThatThrownBy(() -> ReportDefinition.define("NOTE", NAME, ReportAudience.BY_CLASSIFICATION, 1, List.of(), "a", NOW))
                .extracting("key").isEqualTo("toolbox.definition.noField");
        assertThatThrownBy(() -> ReportDefinition.define("NOTE", NAME, ReportAudience.BY_CLASSIFICATION, 1,
                List.of(field("contacts", FieldKind.ROWS, false, false, "Contacts", "Contacts", null)), "a", NOW))
                .extracting("key").isEqualTo("toolbox.definition.noColumn");
        assertThatThrownBy(() -> ReportDefinition.define("NOTE", NAME, ReportAudience.BY_CLASSIFICATION, 1,
                List.of(field("post", FieldKind.TEXT, true, false, "Post", "Poste", null),
                        column("contacts", "name", FieldKind.TEXT, true, false, "Name", "Nom", null)), "a", NOW))
                .extracting("key").isEqualTo("toolbox.definition.orphanColumn");
        assertThatThrownBy(() -> column("contacts", "more", FieldKind.ROWS, true, false, "More", "Plus", null))
                .extracting("key").isEqualTo("toolbox.definition.nestedRows");
    }

    @Test
    void labelsInBothLanguagesAndLimitsOnlyWhereTheyMeanSomething() {
        assertThatThrownBy(() -> field("post", FieldKind.TEXT, true, false, "Post", " ", null))
                .extracting("key").isEqualTo("toolbox.definition.label");
        assertThatThrownBy(() -> field("date", FieldKind.DATE, true, false, "Date", "Date", 10))
                .extracting("key").isEqualTo("toolbox.definition.maxLength");
        assertThatThrownBy(() -> field("post", FieldKind.TEXT, true, false, "Post", "Poste", FieldDefinition.MAX_TEXT + 1))
                .extracting("key").isEqualTo("toolbox.definition.maxLength");
        assertThatThrownBy(() -> field("date", FieldKind.DATE, true, true, "Dates", "Dates", null))
                .extracting("key").isEqualTo("toolbox.definition.notRepeatable");
        assertThat(field("post", FieldKind.TEXT, true, false, "Post", "Poste", null).maxLength())
                .isEqualTo(FieldDefinition.DEFAULT_TEXT);
        assertThat(field("notes", FieldKind.LONG_TEXT, true, false, "Notes", "Notes", null).maxLength())
                .isEqualTo(FieldDefinition.DEFAULT_LONG_TEXT);
    }

    @Test
    void aRetiredTypeKeepsItsVersions() {
        ReportDefinition aar = ToolboxFixture.aar();

        aar.retire();

        assertThat(aar.isActive()).isFalse();
        assertThat(aar.version(1)).isPresent();
        aar.reinstate();
        assertThat(aar.isActive()).isTrue();
    }
}
