package org.peaceops.intranet.documents.infrastructure.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Phrases over the body looked up in its word pairs ({@link IndexFields#BODY_EN_PAIRS}): "best
 * practices" becomes the one term "best practic", "rapid deployment plan" the phrase of pairs "rapid
 * deploy" + "deploy plan". The documents found are the same: a pair is two words that stood side by side,
 * so the pairs of a phrase follow each other exactly where its words do. Why: over very common words,
 * checking word positions in every body holding all the words was the slowest part of every search the
 * benchmark profiled (bench/search; a phrase whose words are in most of 100,000 bodies took ten times a
 * plain word), while a pair's postings list holds only the bodies with the phrase. Phrases with slop, with a removed stop word inside ("rule of law") or of one word are left
 * as they are, and so is every other field (titles and summaries are short). Only the search runs on the
 * rewritten query; highlighting keeps the phrase, whose words it marks.
 */
final class PhrasePairs {

    private PhrasePairs() {
    }

    /** The query with every such body phrase replaced by its pairs; the same query when there is none. */
    static Query rewrite(Query query) {
        if (query instanceof PhraseQuery phrase) {
            return pairs(phrase);
        }
        if (query instanceof BoostQuery boost) {
            Query inner = rewrite(boost.getQuery());
            return inner == boost.getQuery() ? boost : new BoostQuery(inner, boost.getBoost());
        }
        if (query instanceof DisjunctionMaxQuery dismax) {
            List<Query> disjuncts = new ArrayList<>();
            boolean changed = false;
            for (Query d : dismax.getDisjuncts()) {
                Query r = rewrite(d);
                changed |= r != d;
                disjuncts.add(r);
            }
            return changed ? new DisjunctionMaxQuery(disjuncts, dismax.getTieBreakerMultiplier()) : dismax;
        }
        if (query instanceof BooleanQuery bool) {
            BooleanQuery.Builder rebuilt = new BooleanQuery.Builder()
                    .setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
            boolean changed = false;
            for (BooleanClause clause : bool.clauses()) {
                Query r = rewrite(clause.getQuery());
                changed |= r != clause.getQuery();
                rebuilt.add(r, clause.getOccur());
            }
            return changed ? rebuilt.build() : bool;
        }
        return query;
    }

    private static Query pairs(PhraseQuery phrase) {
        Term[] terms = phrase.getTerms();
        int[] positions = phrase.getPositions();
        String pairsField = terms.length < 2 ? null : IndexFields.PAIRS.get(phrase.getField());
        if (pairsField == null || phrase.getSlop() != 0) {
            return phrase;
        }
        for (int i = 0; i < terms.length; i++) {
            if (positions[i] != positions[0] + i || terms[i].text().equals(SearchAnalysis.PAIR_GAP)) {
                return phrase; // a stop word was removed in between: its gap stays a position check
            }
        }
        if (terms.length == 2) {
            return new TermQuery(new Term(pairsField, pair(terms[0], terms[1])));
        }
        PhraseQuery.Builder pairs = new PhraseQuery.Builder();
        for (int i = 0; i + 1 < terms.length; i++) {
            pairs.add(new Term(pairsField, pair(terms[i], terms[i + 1])), i);
        }
        return pairs.build();
    }

    private static String pair(Term first, Term second) {
        return first.text() + SearchAnalysis.PAIR_SEPARATOR + second.text();
    }
}
