package org.peaceops.intranet.documents.application.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.peaceops.intranet.documents.domain.notification.NotificationKind;
import org.peaceops.intranet.shared.BilingualText;

/** An answer in a community is mailed without a document version: the label is the community's name. */
class CommunityAnswerMailTest {

    @Test
    void theMailNamesTheCommunityAndTheQuestionWithoutAVersion() {
        WorkflowMailMessage mail = WorkflowMailText.compose("asker@example.org", NotificationKind.COMMUNITY_ANSWER,
                "DDR practitioners", BilingualText.of("Weapons registers?", null), 0, null);
        assertThat(mail.subject()).isEqualTo("[Intranet] DDR practitioners: answered / nouvelle réponse");
        assertThat(mail.body()).startsWith("DDR practitioners — Weapons registers?\n").doesNotContain(" v0");
        assertThat(NotificationKind.COMMUNITY_ANSWER.forApprovers()).isFalse();
    }
}
