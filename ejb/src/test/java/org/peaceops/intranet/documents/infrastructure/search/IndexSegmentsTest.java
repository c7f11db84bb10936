package org.peaceops.intranet.documents.infrastructure.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.peaceops.intranet.documents.application.search.GuidanceIndex;

/** A finished full build is merged into one segment; the commits of everyday changes are not. */
class IndexSegmentsTest extends SearchIndexTestBase {

    @Test
    void aFinishedBuildIsMergedIntoOneSegment() throws IOException {
        for (long id = 1; id <= 5; id++) {
            index.replace(id, List.of(Versions.published(id, "Patrol report " + id).build()));
            index.commit(Map.of()); // as the rebuild does after every batch
        }
        assertThat(committedSegments()).isGreaterThan(1);

        index.commit(Map.of(GuidanceIndex.STATE_COMPLETE, "true"));

        assertThat(committedSegments()).isEqualTo(1);
        assertThat(ids("patrol", EVERYONE)).containsExactlyInAnyOrder(1L, 2L, 3L, 4L, 5L);
        assertThat(index.committedState()).containsEntry(GuidanceIndex.STATE_COMPLETE, "true");
    }

    @Test
    void everydayCommitsLeaveTheSegmentsToTheMergePolicy() throws IOException {
        index.replace(1, List.of(Versions.published(1, "Patrol report").build()));
        index.commit(Map.of());
        index.replace(2, List.of(Versions.published(2, "Patrol log").build()));
        index.commit(Map.of("outbox", "7"));

        assertThat(committedSegments()).isEqualTo(2);
    }

    private int committedSegments() throws IOException {
        try (FSDirectory directory = FSDirectory.open(dir.resolve("search-index"));
                DirectoryReader reader = DirectoryReader.open(directory)) {
            return reader.leaves().size();
        }
    }
}
