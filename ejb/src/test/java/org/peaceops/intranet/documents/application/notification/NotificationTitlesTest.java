package org.peaceops.intranet.documents.application.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.peaceops.intranet.documents.domain.notification.Notification;
import org.peaceops.intranet.documents.domain.notification.NotificationKind;
import org.peaceops.intranet.shared.BilingualText;

/** A notification keeps both titles: each reader sees their own language, the e-mail shows both. */
class NotificationTitlesTest {

    private static Notification about(BilingualText title) {
        return new Notification("author", NotificationKind.PROMULGATED, 7, 2, "SOP 2007.04", title, "approver", null,
                Instant.parse("2026-12-07T08:00:00Z"));
    }

    @Test
    void eachReaderSeesTheTitleInTheirLanguageElseTheOther() {
        BilingualText both = about(BilingualText.of("Handover of duties", "Passation des fonctions")).getDocumentTitle();
        assertThat(both.in(Locale.FRENCH)).isEqualTo("Passation des fonctions");
        assertThat(both.in(Locale.ENGLISH)).isEqualTo("Handover of duties");

        BilingualText frenchOnly = about(BilingualText.of(null, "Passation des fonctions")).getDocumentTitle();
        assertThat(frenchOnly.in(Locale.ENGLISH)).isEqualTo("Passation des fonctions");
        assertThat(frenchOnly.english()).isNull();
    }

    @Test
    void theMailCarriesBothTitlesOnceEach() {
        assertThat(WorkflowMailText.compose("a@example.org", NotificationKind.PROMULGATED, "SOP 2007.04",
                BilingualText.of("Handover of duties", "Passation des fonctions"), 2, null).body())
                .startsWith("SOP 2007.04 v2 — Handover of duties / Passation des fonctions\n");
        assertThat(WorkflowMailText.compose("a@example.org", NotificationKind.PROMULGATED, "SOP 2007.04",
                BilingualText.of(null, "Passation des fonctions"), 2, null).body())
                .startsWith("SOP 2007.04 v2 — Passation des fonctions\n");
        assertThat(WorkflowMailText.compose("a@example.org", NotificationKind.PROMULGATED, "SOP 2007.04",
                BilingualText.of(null, null), 2, null).body()).startsWith("SOP 2007.04 v2\n");
    }
}
