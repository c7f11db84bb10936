package org.peaceops.intranet.documents.infrastructure.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * "Did you mean": corrections of the typed words that find more documents the reader may open.
 * Lucene's term dictionary is shared by every document, confidential ones included, so a candidate from
 * it is never shown as such: each corrected text is run with the reader's filters and kept only if it
 * finds more permitted documents than the words typed, and candidates are ranked by that count, not by
 * how often they occur in the whole index. The typed word's own frequency is never consulted either
 * (whether it exists only in a confidential document must not change the answer).
 */
final class Spelling {

    /** Below this many hits a correction is looked for. */
    static final int FEW_HITS = 3;
    private static final int CANDIDATES = 8;
    private static final int MAX_WORDS = 6;
    private static final Pattern PLAIN_WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");
    private static final Set<String> OPERATORS = Set.of("AND", "OR", "NOT");

    private final SearchQueryParser parser;
    private final Analyzer analyzer;
    private final DirectSpellChecker checker = new DirectSpellChecker();

    Spelling(SearchQueryParser parser, Analyzer analyzer) {
        this.parser = parser;
        this.analyzer = analyzer;
        checker.setThresholdFrequency(0f);
        checker.setMaxQueryFrequency(Integer.MAX_VALUE);
    }

    /** The corrected text, or null when no correction finds more permitted documents. */
    String correct(IndexSearcher searcher, String text, Query filters, long hitsNow) throws IOException {
        String[] parts = text.split("\\s+");
        long bestCount = hitsNow;
        boolean changed = false;
        int words = 0;
        for (int i = 0; i < parts.length && words < MAX_WORDS; i++) {
            if (!PLAIN_WORD.matcher(parts[i]).matches() || OPERATORS.contains(parts[i])) {
                continue;
            }
            words++;
            List<String> normal = words(analyzer, IndexFields.TEXT_ANY, parts[i]);
            if (normal.size() != 1) {
                continue;
            }
            String original = parts[i];
            for (SuggestWord candidate : checker.suggestSimilar(new Term(IndexFields.TEXT_ANY, normal.get(0)),
                    CANDIDATES, searcher.getIndexReader(), SuggestMode.SUGGEST_ALWAYS)) {
                parts[i] = candidate.string;
                long count = count(searcher, String.join(" ", parts), filters);
                if (count > bestCount) {
                    bestCount = count;
                    original = candidate.string;
                    changed = true;
                }
            }
            parts[i] = original;
        }
        return changed ? String.join(" ", parts) : null;
    }

    private long count(IndexSearcher searcher, String text, Query filters) throws IOException {
        return searcher.count(IndexQueries.scored(PhrasePairs.rewrite(parser.parse(text)), filters, false));
    }

    /** The terms an analyzer makes of a text, in order. */
    static List<String> words(Analyzer analyzer, String field, String text) {
        List<String> words = new ArrayList<>();
        try (TokenStream tokens = analyzer.tokenStream(field, text.toLowerCase(Locale.ROOT))) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                words.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }
}
