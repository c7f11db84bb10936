package org.peaceops.intranet.web.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageSelectionTest {

    @Test
    void keepsTheSupportedLanguages() {
        assertThat(LanguageSelection.supportedOrDefault("en")).isEqualTo("en");
        assertThat(LanguageSelection.supportedOrDefault("fr")).isEqualTo("fr");
    }

    @Test
    void fallsBackToEnglishForAnythingElse() {
        assertThat(LanguageSelection.supportedOrDefault("de")).isEqualTo("en");
        assertThat(LanguageSelection.supportedOrDefault("ar")).isEqualTo("en");
        assertThat(LanguageSelection.supportedOrDefault("")).isEqualTo("en");
        assertThat(LanguageSelection.supportedOrDefault(null)).isEqualTo("en");
    }

    @Test
    void expectsABareLowerCaseLanguageCode() {
        // getLocale() passes Locale.getLanguage(), which is always a bare lower-case code.
        assertThat(LanguageSelection.supportedOrDefault("fr-CA")).isEqualTo("en");
        assertThat(LanguageSelection.supportedOrDefault("FR")).isEqualTo("en");
    }

    @Test
    void supportsExactlyEnglishAndFrench() {
        assertThat(LanguageSelection.SUPPORTED).containsExactly("en", "fr");
    }
}
