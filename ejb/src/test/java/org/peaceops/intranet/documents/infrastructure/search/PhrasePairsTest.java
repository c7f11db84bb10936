package org.peaceops.intranet.documents.infrastructure.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Phrases over the body are looked up in its word pairs, and find exactly what the phrase finds. */
class PhrasePairsTest extends SearchIndexTestBase {

    @BeforeEach
    void documents() {
        add(Versions.published(1, "One").body(Versions.body("Sharing best practices across missions.")).build(),
                Versions.published(2, "Two").body(Versions.body("The best of practices; practices best kept.")).build(),
                Versions.published(3, "Three").body(Versions.body("A rapid deployment plan was approved.")).build(),
                Versions.published(4, "Four").body(Versions.body("Deployment was rapid; the plan came later.")).build(),
                Versions.published(5, "Five").body(Versions.body("The rule of law unit advises the mission.")).build(),
                Versions.published(6, "Six").body(Versions.body("Law as a rule of thumb.")).build(),
                Versions.published(7, "Sept").titles(null, "Sept").languages(Set.of("fr"))
                        .body(Versions.body("Les bonnes pratiques de maintien de la paix.")).build());
    }

    @Test
    void aPhraseOfTwoWordsFindsOnlyTheWordsSideBySide() {
        assertThat(ids("\"best practices\"", EVERYONE)).containsExactly(1L);
        assertThat(ids("\"practices best\"", EVERYONE)).containsExactly(2L);
        assertThat(ids("\"best practice\"", EVERYONE)).as("stemmed like the body").containsExactly(1L);
    }

    @Test
    void aLongerPhraseNeedsEveryPairInOrder() {
        assertThat(ids("\"rapid deployment plan\"", EVERYONE)).containsExactly(3L);
        assertThat(ids("\"deployment rapid plan\"", EVERYONE)).isEmpty();
    }

    @Test
    void aStopWordInsideThePhraseStillCountsAsAWordBetween() {
        assertThat(ids("\"rule of law\"", EVERYONE)).containsExactly(5L);
        assertThat(ids("\"rule law\"", EVERYONE)).as("a stop word stood between them").isEmpty();
    }

    @Test
    void frenchBodiesHaveTheirOwnPairs() {
        assertThat(ids("\"bonnes pratiques\"", EVERYONE)).containsExactly(7L);
        assertThat(ids("\"maintien de la paix\"", EVERYONE)).containsExactly(7L);
    }

    @Test
    void phrasesWithSlopAndOtherFieldsAreLeftAlone() {
        SearchQueryParser parser = new SearchQueryParser(SearchAnalysis.perField());
        assertThat(fields(PhrasePairs.rewrite(parser.parse("\"best practices\""))))
                .contains(IndexFields.BODY_EN_PAIRS, IndexFields.BODY_FR_PAIRS, IndexFields.TITLE_EN)
                .doesNotContain(IndexFields.BODY_EN, IndexFields.BODY_FR);
        assertThat(fields(PhrasePairs.rewrite(parser.parse("\"best practices\"~2"))))
                .contains(IndexFields.BODY_EN).doesNotContain(IndexFields.BODY_EN_PAIRS);
        assertThat(fields(PhrasePairs.rewrite(parser.parse("\"rule of law\""))))
                .contains(IndexFields.BODY_EN).doesNotContain(IndexFields.BODY_EN_PAIRS);
        Query words = parser.parse("best practices");
        assertThat(PhrasePairs.rewrite(words)).isSameAs(words);
        assertThat(ids("\"best practices\"~2", EVERYONE)).containsExactlyInAnyOrder(1L, 2L);
    }

    @Test
    void snippetsStillMarkTheWordsOfThePhrase() {
        var hit = search("\"best practices\"", EVERYONE).getHits().get(0);
        assertThat(hit.getSnippetHtml()).contains("<mark>best</mark> <mark>practices</mark>");
    }

    @Test
    void theGapMarkIsNeverAWordOfItsOwn() {
        assertThat(Spelling.words(SearchAnalysis.english(), IndexFields.BODY_EN, "a _ b __ c _d")).doesNotContain("_");
        assertThat(Spelling.words(SearchAnalysis.french(), IndexFields.BODY_FR, "le _ de _ la")).doesNotContain("_");
    }

    private static List<String> fields(Query query) {
        List<String> fields = new ArrayList<>();
        query.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query q, Term... terms) {
                for (Term t : terms) {
                    fields.add(t.field());
                }
            }

            @Override
            public QueryVisitor getSubVisitor(org.apache.lucene.search.BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
        return fields;
    }
}
