package org.peaceops.intranet.documents.infrastructure.search;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * How text becomes terms. English: possessives, stop words, accent folding, Porter stemming
 * ("protecting" and "protection" both become "protect"). French: elision ("l'intégration"), stop words,
 * accent folding, light stemming ("maintiens" finds "maintien"). Folded: the fallback for mixed or
 * unknown text, prefixes, spelling and title suggestions: words lower-cased and without accents, not
 * stemmed. Pairs: the body's words of either language two by two, which phrases are looked up in. The same analyzers serve indexing, querying and highlighting, so they always agree.
 */
final class SearchAnalysis {

    private SearchAnalysis() {
    }

    static Analyzer english() {
        return english(false);
    }

    /** English analysis; {@code pairs}: each word joined with the next, for {@link PhrasePairs}. */
    private static Analyzer english(boolean pairs) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream result = new EnglishPossessiveFilter(source);
                result = new LowerCaseFilter(result);
                result = new StopFilter(result, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
                result = new ASCIIFoldingFilter(result);
                result = new PorterStemFilter(result);
                return new TokenStreamComponents(source, pairs ? pairs(result) : result);
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(in));
            }
        };
    }

    static Analyzer french() {
        return french(false);
    }

    /** French analysis; {@code pairs}: each word joined with the next, for {@link PhrasePairs}. */
    private static Analyzer french(boolean pairs) {
        CharArraySet stop = FrenchAnalyzer.getDefaultStopSet();
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream result = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
                result = new LowerCaseFilter(result);
                result = new StopFilter(result, stop);
                result = new ASCIIFoldingFilter(result);
                result = new FrenchLightStemFilter(result);
                return new TokenStreamComponents(source, pairs ? pairs(result) : result);
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(in));
            }
        };
    }

    static Analyzer folded() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream result = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
                result = new LowerCaseFilter(result);
                return new TokenStreamComponents(source, new ASCIIFoldingFilter(result));
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(in));
            }
        };
    }

    /**
     * Word pairs of the language's own terms ("best practic" from "best practices"), at the position of
     * the first word. A removed stop word leaves a {@link #PAIR_GAP} in its place, so "rule of law" gives
     * "rule _" and "_ law", never "rule law": a pair is only ever two words that stood side by side.
     */
    private static TokenStream pairs(TokenStream terms) {
        ShingleFilter pairs = new ShingleFilter(terms, 2, 2);
        pairs.setOutputUnigrams(false);
        pairs.setTokenSeparator(PAIR_SEPARATOR);
        pairs.setFillerToken(PAIR_GAP);
        return pairs;
    }

    /** Between the two words of a pair. */
    static final String PAIR_SEPARATOR = " ";
    /** Where a stop word was removed; never a term the tokenizer produces (it is not a word). */
    static final String PAIR_GAP = "_";

    /** The analyzer of each text field; keyword fields are never analyzed (StringField). */
    static Analyzer perField() {
        Analyzer english = english();
        Analyzer french = french();
        return new PerFieldAnalyzerWrapper(folded(), Map.of(
                IndexFields.TITLE_EN, english, IndexFields.SUMMARY_EN, english, IndexFields.BODY_EN, english,
                IndexFields.TITLE_FR, french, IndexFields.SUMMARY_FR, french, IndexFields.BODY_FR, french,
                IndexFields.BODY_EN_PAIRS, english(true), IndexFields.BODY_FR_PAIRS, french(true)));
    }
}
