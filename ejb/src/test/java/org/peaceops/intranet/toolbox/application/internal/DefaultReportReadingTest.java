package org.peaceops.intranet.toolbox.application.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.peaceops.intranet.identity.application.AccessControl;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.shared.Classification;
import org.peaceops.intranet.shared.PersonnelCategory;
import org.peaceops.intranet.shared.Role;
import org.peaceops.intranet.toolbox.domain.ToolboxFixture;
import org.peaceops.intranet.toolbox.domain.definition.DefinitionVersion;
import org.peaceops.intranet.toolbox.domain.report.ToolboxReport;

/** Who reads a report: its author always, its mission's officer from submission, readers once published. */
class DefaultReportReadingTest {

    private static final Caller AUTHOR = caller(ToolboxFixture.AUTHOR, "UNMISS", Role.CONTRIBUTOR);
    private static final Caller READER = caller("reader-sub", "UNMISS", Role.READER);
    private static final Caller READER_MINUSCA = caller("reader2-sub", "MINUSCA", Role.READER);
    private static final Caller READER_HQ = caller("hq-sub", "HQ", Role.READER);
    private static final Caller OFFICER = caller(ToolboxFixture.OFFICER, "UNMISS", Role.BPO);
    private static final Caller OFFICER_MINUSCA = caller("bpo-minusca-sub", "MINUSCA", Role.BPO);

    private final DefinitionVersion v1 = ToolboxFixture.aar().current();
    private final DefaultReportReading reading = new DefaultReportReading();

    DefaultReportReadingTest() {
        reading.access = new AccessControl();
    }

    private static Caller caller(String subject, String mission, Role role) {
        return new Caller(subject, subject, subject, EnumSet.of(Role.READER, role), mission, PersonnelCategory.CIVILIAN);
    }

    private ToolboxReport submitted() {
        ToolboxReport report = ToolboxReport.draft(v1, ToolboxFixture.UNMISS, "Convoy", ToolboxFixture.AUTHOR,
                ToolboxFixture.NOW);
        report.edit(v1, "Convoy", ToolboxFixture.aarValues(), ToolboxFixture.AUTHOR, ToolboxFixture.NOW);
        report.submit(v1, ToolboxFixture.AUTHOR, ToolboxFixture.NOW);
        return report;
    }

    private ToolboxReport published(Classification classification) {
        ToolboxReport report = submitted();
        report.publish(ToolboxFixture.OFFICER, ToolboxFixture.UNMISS, classification, ToolboxFixture.NOW);
        return report;
    }

    @Test
    void aConfidentialReportIsForItsMissionAndHeadquartersOnly() {
        ToolboxReport report = published(Classification.CONFIDENTIAL);

        assertThat(reading.mayRead(READER, report)).isTrue();
        assertThat(reading.mayRead(READER_HQ, report)).isTrue();
        assertThat(reading.mayRead(READER_MINUSCA, report)).isFalse();
        assertThat(reading.mayRead(OFFICER_MINUSCA, report)).isFalse();
    }

    @Test
    void anInternalReportIsForEveryReader() {
        assertThat(reading.mayRead(READER_MINUSCA, published(Classification.INTERNAL))).isTrue();
    }

    @Test
    void beforePublicationOnlyTheAuthorAndFromSubmissionTheMissionsOfficerReadIt() {
        ToolboxReport draft = ToolboxReport.draft(v1, ToolboxFixture.UNMISS, "Convoy", ToolboxFixture.AUTHOR,
                ToolboxFixture.NOW);
        assertThat(reading.mayRead(AUTHOR, draft)).isTrue();
        assertThat(reading.mayRead(OFFICER, draft)).isFalse();
        assertThat(reading.mayRead(READER, draft)).isFalse();

        ToolboxReport submitted = submitted();
        assertThat(reading.mayRead(OFFICER, submitted)).isTrue();
        assertThat(reading.mayRead(OFFICER_MINUSCA, submitted)).isFalse();
        assertThat(reading.mayRead(READER, submitted)).isFalse();
        assertThat(reading.mayRead(Caller.system(), submitted)).isFalse();
    }
}
