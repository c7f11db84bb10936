package org.peaceops.intranet.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class BilingualTextTest {

    @Test
    void eachReaderGetsTheirLanguage() {
        BilingualText both = BilingualText.of("Handover notes", "Notes de passation");
        assertThat(both.in(Locale.FRENCH)).isEqualTo("Notes de passation");
        assertThat(both.in(Locale.CANADA_FRENCH)).isEqualTo("Notes de passation");
        assertThat(both.in(Locale.ENGLISH)).isEqualTo("Handover notes");
        assertThat(both.in(Locale.GERMAN)).isEqualTo("Handover notes");
    }

    @Test
    void theOtherLanguageWhenTheReadersIsMissing() {
        assertThat(BilingualText.of(null, "Notes de passation").in(Locale.ENGLISH)).isEqualTo("Notes de passation");
        assertThat(BilingualText.of("Handover notes", " ").in(Locale.FRENCH)).isEqualTo("Handover notes");
        assertThat(BilingualText.of(null, null).in(Locale.FRENCH)).isNull();
    }
}
