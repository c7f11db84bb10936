package org.peaceops.intranet.documents.application.drafting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.peaceops.intranet.documents.application.ingest.UploadRejectedException;
import org.peaceops.intranet.documents.application.ingest.UploadRejection;
import org.peaceops.intranet.shared.refusal.RuleBroken;

/** The draft form says each refusal beside the field it is about, the chosen file's included. */
class DraftFieldsTest {

    @Test
    void everyRefusalOfTheChosenFileIsAboutTheFileField() {
        for (UploadRejection reason : UploadRejection.values()) {
            assertThat(DraftFields.named(new UploadRejectedException(reason, "refused")).field()).as(reason.name())
                    .isEqualTo("file");
        }
    }

    @Test
    void aBrokenRuleNamesItsFieldUnlessItNamedOneItself() {
        assertThat(DraftFields.named(new RuleBroken("guidance.title.required", "no title")).field()).isEqualTo("titleEn");
        assertThat(DraftFields.named(new RuleBroken("guidance.type.unknown", "no type").onField("typeCode")).field())
                .isEqualTo("typeCode");
        assertThat(DraftFields.named(new RuleBroken("workflow.denied", "no")).field()).isNull();
    }
}
