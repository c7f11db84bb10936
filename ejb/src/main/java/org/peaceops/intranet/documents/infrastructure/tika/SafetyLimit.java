package org.peaceops.intranet.documents.infrastructure.tika;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parsers' own limits against expansion bombs that stop a parse part-way: the XML entity expansion
 * limit (a "billion laughs" in an OpenDocument's content.xml) and Tika's output-to-input ratio (a
 * quadratic blow-up: one large entity referenced many times). The text read before the limit is sound
 * and is kept; it is named as {@code name=value}, the form of the truncation detail.
 */
final class SafetyLimit {

    private static final Pattern ENTITY_EXPANSIONS = Pattern.compile("more than \"?(\\d+)\"? entity expansions");
    private static final Pattern RATIO = Pattern.compile("suspected zip bomb: (\\d+) input bytes produced (\\d+) output characters");
    /** Tika's SecureContentHandler: characters per byte of input, past its threshold of output. */
    private static final long TIKA_MAX_RATIO = 100;

    private SafetyLimit() {
    }

    /** The limit that stopped this parse, as {@code name=value}; empty when none of these did. */
    static Optional<String> of(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String said = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            Matcher entities = ENTITY_EXPANSIONS.matcher(said);
            if (entities.find()) {
                return Optional.of("xml.entity-expansions=" + entities.group(1));
            }
            if (RATIO.matcher(said).find()) {
                return Optional.of("tika.characters-per-input-byte=" + TIKA_MAX_RATIO);
            }
        }
        return Optional.empty();
    }
}
