package org.peaceops.intranet.documents.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.peaceops.intranet.documents.domain.guidance.ThematicArea;

/** Managed lists: stable codes, names in both languages, retiring instead of deleting. */
class TaxonomyTest {

    @Test
    void codesAreUpperCaseLettersDigitsAndUnderscores() {
        assertThat(TaxonomyCode.require(" civil_military ", 60)).isEqualTo("CIVIL_MILITARY");
        for (String bad : new String[] {null, "", "A", "1ABC", "RULE OF LAW", "SOP;DROP", "X".repeat(41)}) {
            assertThatThrownBy(() -> TaxonomyCode.require(bad, 40)).as(String.valueOf(bad))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("taxonomy.code.invalid");
        }
    }

    @Test
    void aNameNeedsBothLanguagesWithinTheColumnLength() {
        assertThat(BilingualName.typed(" Gender ", "Genre").in(Locale.FRENCH)).isEqualTo("Genre");
        assertThatThrownBy(() -> BilingualName.typed("Gender", " ")).hasMessage("taxonomy.name.invalid");
        assertThatThrownBy(() -> BilingualName.typed("G".repeat(121), "Genre")).hasMessage("taxonomy.name.invalid");
    }

    @Test
    void renamingKeepsTheCodeAndRetiringKeepsTheEntry() {
        ThematicArea theme = ThematicArea.define("civil_military", BilingualName.typed("Civil-military", "Civilo-militaire"), 110);
        theme.rename(BilingualName.typed("Civil-military coordination", "Coordination civilo-militaire"));
        theme.deactivate();

        assertThat(theme.getCode()).isEqualTo("CIVIL_MILITARY");
        assertThat(theme.name(Locale.ENGLISH)).isEqualTo("Civil-military coordination");
        assertThat(theme.isActive()).isFalse();
        theme.reactivate();
        assertThat(theme.isActive()).isTrue();
    }

    @Test
    void aNewDocumentTypeSaysWhetherItCarriesTheGuidanceLifecycle() {
        DocumentType notes = DocumentType.define("field_note", BilingualName.typed("Field note", "Note de terrain"), false, 95);
        assertThat(notes.getCode()).isEqualTo("FIELD_NOTE");
        assertThat(notes.isGuidance()).isFalse();
        assertThat(notes.isActive()).isTrue();
        assertThat(notes.getName().toString()).isEqualTo("Field note / Note de terrain");
    }
}
