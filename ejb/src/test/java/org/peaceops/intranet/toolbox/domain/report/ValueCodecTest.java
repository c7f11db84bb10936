package org.peaceops.intranet.toolbox.domain.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peaceops.intranet.toolbox.domain.ToolboxFixture.MINUSCA;
import static org.peaceops.intranet.toolbox.domain.ToolboxFixture.UNMISS;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peaceops.intranet.toolbox.domain.definition.AttachedFile;
import org.peaceops.intranet.toolbox.domain.ToolboxFixture;
import org.peaceops.intranet.toolbox.domain.definition.FieldValue;
import org.peaceops.intranet.toolbox.domain.definition.ReportValues;

/** Every kind of value reads back as it was written, from its stored pieces alone. */
class ValueCodecTest {

    @Test
    void everyKindRoundTrips() {
        ReportValues values = ToolboxFixture.aarValues()
                .with("period", new FieldValue.Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30)))
                .with("files", new FieldValue.Attachments(List.of(
                        new AttachedFile("c".repeat(64), 1234, "application/pdf", "plan.pdf"),
                        new AttachedFile("d".repeat(64), 99, "text/plain", "notes.txt"))))
                .with("findings", new FieldValue.Rows(List.of(
                        Map.of("mission", new FieldValue.Missions(List.of(UNMISS)),
                                "text", new FieldValue.RichText("<p>one</p>")),
                        Map.of("mission", new FieldValue.Missions(List.of(MINUSCA, UNMISS)),
                                "text", new FieldValue.RichText("<p>two</p>")))));

        List<StoredValue> stored = ValueCodec.encode(values);

        assertThat(ValueCodec.decode(stored)).isEqualTo(values);
        assertThat(stored).filteredOn(v -> v.fieldKey.equals("findings")).extracting(v -> v.row).contains(1, 2);
        assertThat(stored).filteredOn(v -> v.fieldKey.equals("participants")).extracting(v -> v.reference)
                .containsExactly("p1", "p2");
    }

    @Test
    void theOrderOfSeveralValuesIsKept() {
        ReportValues values = ReportValues.of(Map.of("missions", new FieldValue.Missions(List.of(MINUSCA, UNMISS))));

        List<StoredValue> stored = new java.util.ArrayList<>(ValueCodec.encode(values));
        java.util.Collections.reverse(stored);

        assertThat(ValueCodec.decode(stored).get("missions")).contains(new FieldValue.Missions(List.of(MINUSCA, UNMISS)));
    }

    @Test
    void themesAreStoredOnePiecePerCodeAndReadBackInOrder() {
        ReportValues values = ReportValues.of(Map.of("themes", new FieldValue.Themes(List.of("PLANNING", "GENDER"))));

        List<StoredValue> stored = new java.util.ArrayList<>(ValueCodec.encode(values));
        assertThat(stored).extracting(v -> v.reference).containsExactly("PLANNING", "GENDER");
        java.util.Collections.reverse(stored);

        assertThat(ValueCodec.decode(stored).get("themes")).contains(new FieldValue.Themes(List.of("PLANNING", "GENDER")));
    }
}
