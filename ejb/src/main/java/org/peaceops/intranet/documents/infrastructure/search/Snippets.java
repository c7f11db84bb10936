package org.peaceops.intranet.documents.infrastructure.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.peaceops.intranet.documents.application.search.IndexedVersion;

/**
 * Highlighted titles and passages for one page of hits. The passage formatter escapes the stored text
 * as HTML and adds only {@code <mark>} tags; text without a match is escaped here the same way, so
 * what reaches the page is safe to render as markup.
 */
final class Snippets {

    private static final String[] TITLES = {IndexFields.TITLE_EN, IndexFields.TITLE_FR};
    private static final String[] FIELDS = java.util.stream.Stream.concat(java.util.Arrays.stream(TITLES),
            IndexFields.SNIPPET_FIELDS.stream()).toArray(String[]::new);
    private static final String[] PASSAGES = IndexFields.SNIPPET_FIELDS.toArray(String[]::new);
    private static final int PLAIN_SUMMARY_CHARS = 240;
    /** The stored fields highlighting reads. */
    static final java.util.Set<String> STORED = java.util.Set.of(FIELDS);

    private final Map<String, String[]> marked;

    /**
     * Whole titles, up to two sentences of body or summary, from the stored fields the caller has already
     * read for the page ({@code stored[i]} of {@code docIds[i]}, with at least {@link #STORED}): reading
     * them a second time here (the highlighter's default) was a tenth of a search's time.
     */
    Snippets(IndexSearcher searcher, Analyzer analyzer, Query text, int[] docIds, Document[] stored) throws IOException {
        Map<Integer, Document> byId = new java.util.HashMap<>();
        for (int i = 0; i < docIds.length; i++) {
            byId.put(docIds[i], stored[i]);
        }
        UnifiedHighlighter.Builder builder = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withMaxNoHighlightPassages(0).withMaxLength(VersionDocuments.STORED_BODY_CHARS)
                .withWeightMatches(false).withHighlightPhrasesStrictly(false);
        UnifiedHighlighter highlighter = new UnifiedHighlighter(builder) {
            @Override
            protected BreakIterator getBreakIterator(String field) {
                return field.startsWith("title_") ? new WholeBreakIterator() : BreakIterator.getSentenceInstance(Locale.ROOT);
            }

            @Override
            protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
                    throws IOException {
                List<CharSequence[]> values = new ArrayList<>();
                for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                    Document d = byId.get(doc);
                    CharSequence[] ofDoc = new CharSequence[fields.length];
                    for (int f = 0; f < fields.length; f++) {
                        String value = d.get(fields[f]); // each is stored once per document
                        ofDoc[f] = value == null ? null : value.substring(0, Math.min(value.length(), getMaxLength()));
                    }
                    values.add(ofDoc);
                }
                return values;
            }
        };
        int[] passages = java.util.Arrays.stream(FIELDS).mapToInt(f -> f.startsWith("title_") ? 1 : 2).toArray();
        this.marked = highlighter.highlightFields(FIELDS, text, docIds, passages);
    }

    String title(int i, Document d, boolean french) {
        String en = marked.get(IndexFields.TITLE_EN)[i];
        String fr = marked.get(IndexFields.TITLE_FR)[i];
        String marked = IndexedVersion.title(en, fr, french);
        return marked.isEmpty()
                ? escape(IndexedVersion.title(d.get(IndexFields.TITLE_EN), d.get(IndexFields.TITLE_FR), french))
                : marked;
    }

    /** The best highlighted passage (body first, then summary), else the start of the summary. */
    String passage(int i, Document d, boolean french) {
        for (String field : PASSAGES) {
            String passage = marked.get(field)[i];
            if (passage != null && !passage.isBlank()) {
                return passage.strip();
            }
        }
        String summary = IndexedVersion.title(d.get(IndexFields.SUMMARY_EN), d.get(IndexFields.SUMMARY_FR), french);
        return escape(summary.length() > PLAIN_SUMMARY_CHARS ? summary.substring(0, PLAIN_SUMMARY_CHARS) + "…" : summary);
    }

    /** The same escaping the passage formatter applies. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#x27;");
                case '/' -> out.append("&#x2F;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
