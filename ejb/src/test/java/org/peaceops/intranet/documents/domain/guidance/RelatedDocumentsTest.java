package org.peaceops.intranet.documents.domain.guidance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.peaceops.intranet.documents.domain.guidance.GuidanceFixture.T0;
import static org.peaceops.intranet.documents.domain.guidance.GuidanceFixture.day;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** A document points readers to a short list of others; the list is replaced as a whole. */
class RelatedDocumentsTest {

    @Test
    void theListIsReplacedWholeAndTouchesTheDocument() {
        GuidanceDocument d = GuidanceFixture.draft();
        d.relate(Set.of(7L, 9L), day(1));
        d.relate(Set.of(9L, 11L), day(2));
        assertThat(d.getRelatedDocumentIds()).containsExactlyInAnyOrder(9L, 11L);
        assertThat(d.getUpdatedAt()).isEqualTo(day(2));
        assertThat(T0).isBefore(d.getUpdatedAt());
    }

    @Test
    void aLongListIsRefusedAndTheOldOneKept() {
        GuidanceDocument d = GuidanceFixture.draft();
        d.relate(Set.of(3L), day(1));
        Set<Long> many = new LinkedHashSet<>();
        LongStream.rangeClosed(100, 100 + GuidanceDocument.MAX_RELATED).forEach(many::add);
        assertThatThrownBy(() -> d.relate(many, day(2))).isInstanceOf(GuidanceRuleException.class)
                .extracting(e -> ((GuidanceRuleException) e).key()).isEqualTo("guidance.related.tooMany");
        assertThat(d.getRelatedDocumentIds()).containsExactly(3L);
    }
}
