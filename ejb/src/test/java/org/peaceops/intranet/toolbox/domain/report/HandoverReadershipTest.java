package org.peaceops.intranet.toolbox.domain.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.peaceops.intranet.toolbox.domain.ToolboxFixture.AUTHOR;
import static org.peaceops.intranet.toolbox.domain.ToolboxFixture.MINUSCA;
import static org.peaceops.intranet.toolbox.domain.ToolboxFixture.NOW;
import static org.peaceops.intranet.toolbox.domain.ToolboxFixture.OFFICER;
import static org.peaceops.intranet.toolbox.domain.ToolboxFixture.UNMISS;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peaceops.intranet.shared.Classification;
import org.peaceops.intranet.toolbox.domain.ToolboxFixture;
import org.peaceops.intranet.toolbox.domain.definition.DefinitionVersion;
import org.peaceops.intranet.toolbox.domain.definition.FieldValue;
import org.peaceops.intranet.toolbox.domain.definition.ReportValues;

/** A handover note is read by the post's successor and the report's mission, and nobody else. */
class HandoverReadershipTest {

    private final DefinitionVersion handover = ToolboxFixture.handover().current();

    private ToolboxReport submittedNote() {
        ToolboxReport note = ToolboxReport.draft(handover, UNMISS, "Handover: Chief of Staff", AUTHOR, NOW);
        note.edit(handover, "Handover: Chief of Staff", ReportValues.of(Map.of("post", new FieldValue.Text("Chief of Staff"))),
                AUTHOR, NOW);
        note.submit(handover, AUTHOR, NOW);
        return note;
    }

    @Test
    void theMissionAndTheNamedSuccessorReadItAndNobodyElse() {
        ToolboxReport note = submittedNote();
        note.nameSuccessor("successor-sub", AUTHOR, NOW);
        note.publish(OFFICER, UNMISS, Classification.CONFIDENTIAL, NOW);

        ReportReadership.SuccessorAndMission readers = (ReportReadership.SuccessorAndMission) note.readership();

        assertThat(readers.admits("successor-sub", MINUSCA)).isTrue();
        assertThat(readers.admits("anyone-in-unmiss", UNMISS)).isTrue();
        assertThat(readers.admits("someone", MINUSCA)).isFalse();
        assertThat(readers.admits("someone", new org.peaceops.intranet.shared.MissionCode("HQ"))).isFalse();
    }

    @Test
    void withoutASuccessorOnlyTheMissionReadsIt() {
        ToolboxReport note = submittedNote();
        note.publish(OFFICER, UNMISS, Classification.CONFIDENTIAL, NOW);

        ReportReadership.SuccessorAndMission readers = (ReportReadership.SuccessorAndMission) note.readership();

        assertThat(readers.successor()).isEmpty();
        assertThat(readers.admits("successor-sub", MINUSCA)).isFalse();
    }

    @Test
    void aHandoverNoteIsPublishedConfidentialOnly() {
        ToolboxReport note = submittedNote();

        assertThatThrownBy(() -> note.publish(OFFICER, UNMISS, Classification.PUBLIC, NOW))
                .extracting("key").isEqualTo("toolbox.report.handoverConfidential");
        assertThat(note.status()).isEqualTo(ReportStatus.SUBMITTED);
    }

    @Test
    void theAuthorNamesTheSuccessorWhoIsSomeoneElse() {
        ToolboxReport note = submittedNote();

        assertThatThrownBy(() -> note.nameSuccessor("successor-sub", OFFICER, NOW))
                .extracting("key").isEqualTo("toolbox.report.notAuthor");
        assertThatThrownBy(() -> note.nameSuccessor(AUTHOR, AUTHOR, NOW))
                .extracting("key").isEqualTo("toolbox.report.successorIsAuthor");
        assertThatThrownBy(() -> note.nameSuccessor(" ", AUTHOR, NOW))
                .extracting("key").isEqualTo("toolbox.report.successorRequired");
    }

    @Test
    void otherReportsHaveNoSuccessor() {
        ToolboxReport aar = ToolboxReport.draft(ToolboxFixture.aar().current(), UNMISS, "Convoy", AUTHOR, NOW);

        assertThatThrownBy(() -> aar.nameSuccessor("successor-sub", AUTHOR, NOW))
                .extracting("key").isEqualTo("toolbox.report.noSuccessor");
        assertThat(aar.readership()).isInstanceOf(ReportReadership.ByClassification.class);
    }
}
