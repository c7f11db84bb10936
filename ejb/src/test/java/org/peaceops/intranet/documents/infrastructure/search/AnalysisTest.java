package org.peaceops.intranet.documents.infrastructure.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** French and English analysis: stemming, elision, accent folding, chosen by the document's language. */
class AnalysisTest extends SearchIndexTestBase {

    @BeforeEach
    void documents() {
        add(Versions.published(1, "Protection of civilians in peacekeeping").build(),
                Versions.published(2, "Logistics handbook").languages(Set.of("fr"))
                        .titles(null, "Manuel du maintien de la paix")
                        .body(Versions.body("L'intégration des missions et la sécurité des populations civiles.")).build(),
                Versions.published(3, "Fuel management").body(Versions.body("Generators protecting the camp perimeter."))
                        .build(),
                Versions.published(4, "Rule of law").languages(Set.of())
                        .body(Versions.body("Les opérations intégrées; integrated operations.")).build());
    }

    @Test
    void frenchPluralFindsTheSingular() {
        assertThat(ids("maintiens", EVERYONE)).containsExactly(2L);
    }

    @Test
    void englishInflectionsMeetTheirStem() {
        assertThat(ids("protecting civilians", EVERYONE)).containsExactly(1L);
        assertThat(ids("civilian protections", EVERYONE)).containsExactly(1L);
    }

    @Test
    void accentsAndElisionDoNotMatter() {
        assertThat(ids("securite", EVERYONE)).containsExactly(2L);
        assertThat(ids("integration", EVERYONE)).contains(2L);
        assertThat(ids("intégration", EVERYONE)).contains(2L);
    }

    @Test
    void bodyOfAnEnglishDocumentIsStemmedTheEnglishWay() {
        assertThat(ids("protect perimeters", EVERYONE)).containsExactly(3L);
    }

    @Test
    void textOfUnknownLanguageIsFoundEitherWay() {
        assertThat(ids("operation", EVERYONE)).containsExactly(4L);
        assertThat(ids("intégrée", EVERYONE)).containsExactly(4L);
    }
}
