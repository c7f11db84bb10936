package org.peaceops.intranet.documents.domain.guidance;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What one version says about itself: title and summary in English and/or French, the languages its
 * file is in, keywords, and optionally a review date chosen by the author instead of the default.
 * Validated whole, so a draft is never left half-described.
 */
public final class VersionMetadata {

    static final int MAX_TITLE = 500;
    static final int MAX_SUMMARY = 4000;
    static final int MAX_KEYWORD = 100;
    static final int MAX_KEYWORDS = 50;
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

    private final String titleEn;
    private final String titleFr;
    private final String summaryEn;
    private final String summaryFr;
    private final Set<String> languages;
    private final Set<String> keywords;
    private final LocalDate reviewDate;

    private VersionMetadata(Builder b) {
        titleEn = text(b.titleEn, MAX_TITLE, "guidance.title.tooLong", "The English title");
        titleFr = text(b.titleFr, MAX_TITLE, "guidance.title.tooLong", "The French title");
        if (titleEn == null && titleFr == null) {
            throw new GuidanceRuleException("guidance.title.required", "Give a title in English or French.");
        }
        summaryEn = text(b.summaryEn, MAX_SUMMARY, "guidance.summary.tooLong", "The English summary");
        summaryFr = text(b.summaryFr, MAX_SUMMARY, "guidance.summary.tooLong", "The French summary");
        languages = languages(b.languages);
        keywords = keywords(b.keywords);
        reviewDate = b.reviewDate;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this metadata, for a revision that starts from its predecessor. */
    public Builder toBuilder() {
        return builder().titleEn(titleEn).titleFr(titleFr).summaryEn(summaryEn).summaryFr(summaryFr)
                .languages(languages).keywords(keywords).reviewDate(reviewDate);
    }

    private static String text(String value, int max, String key, String what) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.trim();
        if (trimmed.length() > max) {
            throw new GuidanceRuleException(key, what + " is " + trimmed.length() + " characters long; the limit is " + max + ".");
        }
        return trimmed;
    }

    private static Set<String> languages(Collection<String> codes) {
        Set<String> result = new LinkedHashSet<>();
        for (String code : codes) {
            String normal = code == null ? "" : code.trim().toLowerCase(Locale.ROOT);
            if (!LANGUAGE.matcher(normal).matches()) {
                throw new GuidanceRuleException("guidance.language.invalid",
                        "\"" + code + "\" is not a language code: use ISO 639 codes such as en, fr, ar, es.");
            }
            result.add(normal);
        }
        return Collections.unmodifiableSet(result);
    }

    private static Set<String> keywords(Collection<String> words) {
        Set<String> result = new LinkedHashSet<>();
        for (String word : words) {
            String trimmed = text(word, MAX_KEYWORD, "guidance.keyword.tooLong", "A keyword");
            if (trimmed != null) {
                result.add(trimmed);
            }
        }
        if (result.size() > MAX_KEYWORDS) {
            throw new GuidanceRuleException("guidance.keywords.tooMany", "Use at most " + MAX_KEYWORDS + " keywords.");
        }
        return Collections.unmodifiableSet(result);
    }

    public Optional<String> titleEn() {
        return Optional.ofNullable(titleEn);
    }

    public Optional<String> titleFr() {
        return Optional.ofNullable(titleFr);
    }

    public Optional<String> summaryEn() {
        return Optional.ofNullable(summaryEn);
    }

    public Optional<String> summaryFr() {
        return Optional.ofNullable(summaryFr);
    }

    public Set<String> languages() {
        return languages;
    }

    public Set<String> keywords() {
        return keywords;
    }

    /** A review date the author chose; empty means "the default period after approval". */
    public Optional<LocalDate> reviewDate() {
        return Optional.ofNullable(reviewDate);
    }

    /** Collects the fields; {@link #build()} validates them together. */
    public static final class Builder {
        private String titleEn;
        private String titleFr;
        private String summaryEn;
        private String summaryFr;
        private Collection<String> languages = Set.of();
        private Collection<String> keywords = Set.of();
        private LocalDate reviewDate;

        private Builder() {
        }

        public Builder titleEn(String value) {
            titleEn = value;
            return this;
        }

        public Builder titleFr(String value) {
            titleFr = value;
            return this;
        }

        public Builder summaryEn(String value) {
            summaryEn = value;
            return this;
        }

        public Builder summaryFr(String value) {
            summaryFr = value;
            return this;
        }

        public Builder languages(Collection<String> values) {
            languages = values == null ? Set.of() : values;
            return this;
        }

        public Builder keywords(Collection<String> values) {
            keywords = values == null ? Set.of() : values;
            return this;
        }

        public Builder reviewDate(LocalDate value) {
            reviewDate = value;
            return this;
        }

        public VersionMetadata build() {
            return new VersionMetadata(this);
        }
    }
}
