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
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * How text becomes terms. English: possessives, stop words, accent folding, Porter stemming
 * ("protecting" and "protection" both become "protect"). French: elision ("l'intégration"), stop words,
 * accent folding, light stemming ("maintiens" finds "maintien"). Folded: the fallback for mixed or
 * unknown text, prefixes, spelling and title suggestions: words lower-cased and without accents, not
 * stemmed. The same analyzers serve indexing, querying and highlighting, so they always agree.
 */
final class SearchAnalysis {

    private SearchAnalysis() {
    }

    static Analyzer english() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream result = new EnglishPossessiveFilter(source);
                result = new LowerCaseFilter(result);
                result = new StopFilter(result, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
                result = new ASCIIFoldingFilter(result);
                return new TokenStreamComponents(source, new PorterStemFilter(result));
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(in));
            }
        };
    }

    static Analyzer french() {
        CharArraySet stop = FrenchAnalyzer.getDefaultStopSet();
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream result = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
                result = new LowerCaseFilter(result);
                result = new StopFilter(result, stop);
                result = new ASCIIFoldingFilter(result);
                return new TokenStreamComponents(source, new FrenchLightStemFilter(result));
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

    /** The analyzer of each text field; keyword fields are never analyzed (StringField). */
    static Analyzer perField() {
        Analyzer english = english();
        Analyzer french = french();
        return new PerFieldAnalyzerWrapper(folded(), Map.of(
                IndexFields.TITLE_EN, english, IndexFields.SUMMARY_EN, english, IndexFields.BODY_EN, english,
                IndexFields.TITLE_FR, french, IndexFields.SUMMARY_FR, french, IndexFields.BODY_FR, french));
    }
}
