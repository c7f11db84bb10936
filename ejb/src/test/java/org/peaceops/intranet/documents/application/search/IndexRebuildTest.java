package org.peaceops.intranet.documents.application.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peaceops.intranet.documents.domain.guidance.Readership;
import org.peaceops.intranet.documents.infrastructure.search.LuceneSearchIndex;

/** The index is a cache: deleted, half-built or restarted, it comes back with the same answers. */
class IndexRebuildTest {

    @TempDir
    Path dir;

    private static final List<String> QUERIES = List.of("water", "title:storage", "ration* OR fuel", "");

    private static Library library() {
        Library library = new Library();
        for (long id = 1; id <= 450; id++) {
            library.save(id, (id % 3 == 0 ? "Water storage " : id % 3 == 1 ? "Fuel rations " : "Camp layout ") + "w" + id);
        }
        return library;
    }

    private static String answers(LuceneSearchIndex index) {
        StringBuilder all = new StringBuilder();
        for (String q : QUERIES) {
            SearchResults r = index.search(SearchRequest.builder().text(q).pageSize(20).build(), Readership.everything());
            all.append(q).append(" -> ").append(r.getTotal()).append(' ')
                    .append(r.getHits().stream().map(h -> h.getDocumentId() + ":" + h.getTitleHtml()).toList())
                    .append(' ').append(r.getFacets()).append('\n');
        }
        return all.toString();
    }

    @Test
    void deletingTheIndexDirectoryAndRestartingGivesTheSameResultsAfterCatchUp() throws IOException {
        Library library = library();
        Path path = dir.resolve("search-index");
        String before;
        try (LuceneSearchIndex index = LuceneSearchIndex.open(path)) {
            assertThat(index.startedEmpty()).isTrue();
            IndexRebuild rebuild = new IndexRebuild(Clock.systemUTC());
            rebuild.run(library.batches(index), index);
            assertThat(rebuild.progress().getDone()).isEqualTo(450);
            assertThat(rebuild.progress().getPercent()).isEqualTo(100);
            before = answers(index);
        }
        assertThat(before).contains("water -> 150");
        try (LuceneSearchIndex reopened = LuceneSearchIndex.open(path)) {
            assertThat(reopened.startedEmpty()).as("a complete index is kept").isFalse();
            assertThat(answers(reopened)).isEqualTo(before);
        }
        try (Stream<Path> files = Files.walk(path)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        try (LuceneSearchIndex fresh = LuceneSearchIndex.open(path)) {
            assertThat(fresh.startedEmpty()).isTrue();
            assertThat(fresh.documentCount()).isZero();
            new IndexRebuild(Clock.systemUTC()).run(library.batches(fresh), fresh);
            assertThat(answers(fresh)).isEqualTo(before);
        }
    }

    @Test
    void aHalfBuiltIndexIsRebuiltAtTheNextStart() {
        Path path = dir.resolve("search-index");
        try (LuceneSearchIndex index = LuceneSearchIndex.open(path)) {
            index.replace(1, List.of(Library.version(1, "Water storage")));
            index.commit(Map.of(GuidanceIndex.STATE_COMPLETE, "false"));
        }
        try (LuceneSearchIndex reopened = LuceneSearchIndex.open(path)) {
            assertThat(reopened.startedEmpty()).isTrue();
            assertThat(reopened.documentCount()).isZero();
        }
    }

    @Test
    void aFullReindexInPlaceDropsDocumentsTheDatabaseNoLongerHas() {
        Library library = library();
        try (LuceneSearchIndex index = LuceneSearchIndex.open(dir)) {
            new IndexRebuild(Clock.systemUTC()).run(library.batches(index), index);
            library.remove(3);
            new IndexRebuild(Clock.systemUTC()).run(library.batches(index), index);
            assertThat(index.documentIds()).hasSize(449).doesNotContain(3L);
        }
    }

    @Test
    void progressEstimatesTheTimeLeft() {
        var now = java.time.Instant.parse("2026-01-01T10:00:10Z");
        var progress = new RebuildProgress(true, 250, 1000, now.minusSeconds(10), null, now);
        assertThat(progress.getPercent()).isEqualTo(25);
        assertThat(progress.remaining()).contains(java.time.Duration.ofSeconds(30));
    }
}
