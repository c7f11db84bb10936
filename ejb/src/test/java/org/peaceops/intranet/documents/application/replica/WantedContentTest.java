package org.peaceops.intranet.documents.application.replica;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.peaceops.intranet.documents.application.replica.WantedContent.Kind;

class WantedContentTest {

    private static final Instant JAN = Instant.parse("2026-01-10T08:00:00Z");
    private static final Instant JUN = Instant.parse("2026-06-10T08:00:00Z");
    private static final Instant NOV = Instant.parse("2026-11-10T08:00:00Z");

    private static WantedContent file(String name, Kind kind, Instant promulgated, Instant created) {
        return new WantedContent(name.repeat(64).substring(0, 64), 100, kind, Optional.ofNullable(promulgated), created);
    }

    private static List<String> names(List<WantedContent> ordered) {
        return ordered.stream().map(w -> w.sha256().substring(0, 1)).toList();
    }

    @Test
    void newestPromulgatedGuidanceComesFirstThenHistoryThenTraining() {
        List<WantedContent> wanted = List.of(
                file("a", Kind.TRAINING_PACKAGE, null, NOV),
                file("b", Kind.GUIDANCE_HISTORY, JUN, JUN),
                file("c", Kind.GUIDANCE_IN_FORCE, JAN, JAN),
                file("d", Kind.GUIDANCE_IN_FORCE, NOV, JAN),   // drafted early, promulgated last: the newest guidance
                file("e", Kind.GUIDANCE_HISTORY, null, NOV),
                file("f", Kind.GUIDANCE_IN_FORCE, JUN, NOV),
                file("0", Kind.TRAINING_PACKAGE, null, JAN));

        assertThat(names(WantedContent.inFetchOrder(wanted))).containsExactly("d", "f", "c", "b", "e", "a", "0");
    }

    @Test
    void aFileNamedTwiceIsFetchedOnceAtItsMostUrgentPlace() {
        List<WantedContent> wanted = List.of(
                file("a", Kind.GUIDANCE_HISTORY, JAN, JAN),
                file("b", Kind.GUIDANCE_IN_FORCE, JAN, JAN),
                file("a", Kind.GUIDANCE_IN_FORCE, NOV, NOV),
                file("b", Kind.TRAINING_PACKAGE, null, NOV));

        List<WantedContent> ordered = WantedContent.inFetchOrder(wanted);

        assertThat(names(ordered)).containsExactly("a", "b");
        assertThat(ordered.get(0).kind()).isEqualTo(Kind.GUIDANCE_IN_FORCE);
    }
}
