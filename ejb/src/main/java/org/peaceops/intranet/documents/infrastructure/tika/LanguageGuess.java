package org.peaceops.intranet.documents.infrastructure.tika;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The language of a text when the file does not say: English or French (the organisation's working
 * languages), by counting their most frequent short words in the beginning of the text. A guess, shown
 * as such; no answer when neither clearly wins or the sample is too short.
 */
final class LanguageGuess {

    private static final Set<String> EN = Set.of("the", "and", "of", "to", "in", "is", "that", "for", "with", "as", "are",
            "be", "by", "this", "which", "on", "was", "from", "have", "has");
    private static final Set<String> FR = Set.of("le", "la", "les", "et", "des", "du", "de", "un", "une", "est", "que",
            "pour", "dans", "qui", "sur", "par", "au", "aux", "pas", "avec");
    private static final Pattern WORDS = Pattern.compile("[^\\p{L}]+");
    private static final int MIN_HITS = 20;

    private LanguageGuess() {
    }

    static Optional<String> of(String text) {
        int en = 0;
        int fr = 0;
        for (String word : WORDS.split(text.toLowerCase(Locale.ROOT))) {
            if (EN.contains(word)) {
                en++;
            } else if (FR.contains(word)) {
                fr++;
            }
        }
        if (en + fr < MIN_HITS) {
            return Optional.empty();
        }
        return en > 2 * fr ? Optional.of("en") : fr > 2 * en ? Optional.of("fr") : Optional.empty();
    }

    /** {@code en-GB}, {@code EN} → {@code en}. */
    static String normalise(String code) {
        String base = code.strip().toLowerCase(Locale.ROOT);
        int cut = base.indexOf('-') > 0 ? base.indexOf('-') : base.indexOf('_');
        base = cut > 0 ? base.substring(0, cut) : base;
        return base.length() > 8 ? base.substring(0, 8) : base;
    }
}
