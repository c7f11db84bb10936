package org.peaceops.intranet.documents.domain.guidance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.peaceops.intranet.documents.domain.guidance.GuidanceFixture.day;
import static org.peaceops.intranet.documents.domain.guidance.GuidanceFixture.file;
import static org.peaceops.intranet.documents.domain.guidance.GuidanceFixture.metadata;
import static org.peaceops.intranet.documents.domain.guidance.GuidanceFixture.withVersionIn;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource.Mode;
import org.junit.jupiter.params.provider.EnumSource;
import org.peaceops.intranet.documents.domain.LifecycleStatus;

/** A version can be changed while it is a draft, and never again once promulgated. */
class ImmutabilityTest {

    @ParameterizedTest
    @EnumSource(value = LifecycleStatus.class, names = {"PROMULGATED", "UNDER_REVIEW", "SUPERSEDED", "WITHDRAWN", "ARCHIVED"})
    void aPublishedVersionRefusesNewMetadataAndANewFile(LifecycleStatus status) {
        GuidanceDocument d = withVersionIn(status);
        DocumentVersion v = d.version(1);
        FileReference before = v.getFile().orElseThrow();

        assertThatThrownBy(() -> d.describe(1, metadata("Rewritten"), day(900)))
                .isInstanceOf(ImmutableVersionException.class)
                .hasMessageContaining("can no longer be changed; revise the document to start a new draft");
        assertThatThrownBy(() -> d.attach(1, file('f'), day(900)))
                .isInstanceOf(ImmutableVersionException.class);

        assertThat(v.getMetadata().titleEn()).contains("Handover notes");
        assertThat(v.getFile()).contains(before);
    }

    @ParameterizedTest
    @EnumSource(value = LifecycleStatus.class, names = {"SUBMITTED", "APPROVED"})
    void aPendingVersionMustGoBackToDraftBeforeItChanges(LifecycleStatus status) {
        GuidanceDocument d = withVersionIn(status);

        assertThatThrownBy(() -> d.describe(1, metadata("Rewritten"), day(5)))
                .isInstanceOf(GuidanceRuleException.class)
                .isNotInstanceOf(ImmutableVersionException.class)
                .hasMessageContaining("return it to draft before changing it");
    }

    @ParameterizedTest
    @EnumSource(value = LifecycleStatus.class, mode = Mode.INCLUDE, names = "DRAFT")
    void aDraftCanBeRewrittenAndItsFileReplaced(LifecycleStatus status) {
        GuidanceDocument d = withVersionIn(status);

        d.describe(1, metadata("Rewritten"), day(1));
        d.attach(1, file('a'), day(1));
        d.attach(1, file('b'), day(2));

        assertThat(d.version(1).getMetadata().titleEn()).contains("Rewritten");
        assertThat(d.version(1).getFile().orElseThrow().getSha256()).startsWith("bbbb");
    }

    @Test
    void aPublishedDocumentsFilingChangesOnlyWithTheNextVersionInForce() {
        GuidanceDocument d = withVersionIn(LifecycleStatus.PROMULGATED);
        DocumentVersion next = d.revise(GuidanceFixture.AUTHOR, day(4));

        boolean waits = d.recatalogue(next.getNumber(), new Cataloguing("Office of Military Affairs", new MissionCode("unmiss"),
                org.peaceops.intranet.shared.Classification.PUBLIC, java.util.Set.of(GuidanceFixture.GENDER)),
                GuidanceFixture.AUTHOR, day(5));

        assertThat(waits).isTrue();
        assertThat(d.getMission().getValue()).as("readers still see the filing in force").isEqualTo("HQ");
        assertThat(d.getClassification()).isEqualTo(org.peaceops.intranet.shared.Classification.INTERNAL);
        assertThat(d.version(1).getStatus()).isEqualTo(LifecycleStatus.PROMULGATED);
        d.attach(next.getNumber(), file('b'), day(5));
        d.submit(next.getNumber(), GuidanceFixture.AUTHOR, day(6), null);
        d.approve(next.getNumber(), GuidanceFixture.APPROVER, day(7), null, ReviewPolicy.standard());
        assertThat(d.getMission().getValue()).as("approval alone does not re-file").isEqualTo("HQ");
        d.promulgate(next.getNumber(), GuidanceFixture.OFFICER, day(8), GuidanceFixture.DAY0.plusDays(8));
        assertThat(d.getMission().getValue()).isEqualTo("UNMISS");
        assertThat(d.getClassification()).isEqualTo(org.peaceops.intranet.shared.Classification.PUBLIC);
        assertThat(d.getThematicAreas()).containsExactly(GuidanceFixture.GENDER);
    }
}
