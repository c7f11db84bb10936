package org.peaceops.intranet.documents.infrastructure.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.peaceops.intranet.documents.application.search.FacetValue;
import org.peaceops.intranet.documents.domain.guidance.Readership;

/**
 * The words published reports use most, counted from the index's own term dictionary of
 * {@link IndexFields#REPORT_TERMS}: for each word, how many of the given reports the reader may open
 * contain it. English and French stop words (folded, as the field is), numbers and words under three letters
 * are left out.
 */
final class ReportTerms {

    static final int MIN_LENGTH = 3;

    private static final Set<String> STOP = stopWords();

    private ReportTerms() {
    }

    private static Set<String> stopWords() {
        List<CharArraySet> sets = List.of(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, FrenchAnalyzer.getDefaultStopSet());
        Set<String> words = sets.stream().flatMap(set -> set.stream()).map(w -> fold(new String((char[]) w)))
                .collect(Collectors.toSet());
        // English function words Lucene's short list lacks, and French ones folded differently.
        words.addAll(Set.of("from", "have", "has", "had", "were", "was", "been", "which", "who", "what", "when",
                "where", "would", "could", "should", "also", "more", "most", "other", "than", "its", "our",
                "their", "them", "they", "all", "any", "each", "can", "did", "does", "out", "over", "only",
                "very", "while", "after", "before", "between", "about", "into", "through", "under", "une",
                "des", "les", "pour", "dans", "par", "sur", "avec", "est", "sont", "ont", "qui", "que",
                "aux", "pas", "plus", "ete"));
        return Set.copyOf(words);
    }

    private static String fold(String word) {
        char[] out = new char[word.length() * 4];
        int n = ASCIIFoldingFilter.foldToASCII(word.toCharArray(), 0, out, 0, word.length());
        return new String(out, 0, n).toLowerCase(java.util.Locale.ROOT);
    }

    static boolean counted(String term) {
        return term.length() >= MIN_LENGTH && !STOP.contains(term) && !term.chars().allMatch(Character::isDigit)
                && term.chars().anyMatch(Character::isLetter);
    }

    static List<FacetValue> frequent(IndexSearcher searcher, Readership reader, Set<Long> reportIds, int max)
            throws IOException {
        if (reportIds.isEmpty()) {
            return List.of();
        }
        Query readable = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(IndexFields.KIND, IndexFields.KIND_REPORT)), Occur.FILTER)
                .add(new TermInSetQuery(IndexFields.REPORT_ID, reportIds.stream()
                        .map(id -> new BytesRef(String.valueOf(id))).toList()), Occur.FILTER)
                .add(AccessFilter.of(reader), Occur.FILTER).build();
        Weight weight = searcher.createWeight(searcher.rewrite(readable), ScoreMode.COMPLETE_NO_SCORES, 1f);
        Map<String, Long> counts = new HashMap<>();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Terms terms = leaf.reader().terms(IndexFields.REPORT_TERMS);
            Scorer scorer = weight.scorer(leaf);
            if (terms == null || scorer == null) {
                continue;
            }
            FixedBitSet allowed = new FixedBitSet(leaf.reader().maxDoc());
            Bits live = leaf.reader().getLiveDocs();
            DocIdSetIterator docs = scorer.iterator();
            for (int d = docs.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = docs.nextDoc()) {
                if (live == null || live.get(d)) {
                    allowed.set(d);
                }
            }
            TermsEnum words = terms.iterator();
            PostingsEnum postings = null;
            BytesRef word;
            while ((word = words.next()) != null) {
                String text = word.utf8ToString();
                if (!counted(text)) {
                    continue;
                }
                postings = words.postings(postings, PostingsEnum.NONE);
                long in = 0;
                for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
                    if (allowed.get(d)) {
                        in++;
                    }
                }
                if (in > 0) {
                    counts.merge(text, in, Long::sum);
                }
            }
        }
        List<FacetValue> top = new ArrayList<>();
        counts.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, Long>>comparingLong(Map.Entry::getValue).reversed()
                        .thenComparing(Map.Entry::getKey))
                .limit(max).forEach(e -> top.add(new FacetValue(e.getKey(), e.getValue())));
        return top;
    }
}
