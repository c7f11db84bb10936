package org.peaceops.intranet.documents.application.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peaceops.intranet.documents.domain.guidance.Readership;
import org.peaceops.intranet.documents.infrastructure.search.LuceneSearchIndex;

/** Edits keep coming while the indexer drains: when the outbox is empty the index has every last edit. */
class OutboxDrainTest {

    private static final int DOCUMENTS = 20;
    private static final int WRITERS = 4;
    private static final int EDITS_EACH = 150;

    @TempDir
    Path dir;

    @Test
    void concurrentEditsWhileIndexingLoseNoUpdate() throws Exception {
        Library library = new Library();
        for (long id = 1; id <= DOCUMENTS; id++) {
            library.save(id, "Initial title w" + id);
        }
        try (LuceneSearchIndex index = LuceneSearchIndex.open(dir)) {
            OutboxDrain drain = library.drain(index);
            AtomicBoolean writing = new AtomicBoolean(true);
            ExecutorService pool = Executors.newFixedThreadPool(WRITERS + 1);
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                writers.add(pool.submit(() -> {
                    for (int n = 0; n < EDITS_EACH; n++) {
                        long id = ThreadLocalRandom.current().nextLong(1, DOCUMENTS + 1);
                        library.save(id, "Revised title rev" + writer + "x" + n + " of w" + id);
                    }
                }));
            }
            Future<Integer> drainer = pool.submit(() -> {
                int taken = 0;
                while (writing.get()) {
                    taken += drain.drainOnce(7);
                }
                return taken;
            });
            for (Future<?> w : writers) {
                w.get();
            }
            writing.set(false);
            int taken = drainer.get();
            while (drain.drainOnce(50) > 0) {
                taken++;
            }
            pool.shutdown();

            assertThat(library.pending(1)).isEmpty();
            assertThat(taken).isPositive();
            for (long id = 1; id <= DOCUMENTS; id++) {
                String title = library.title(id);
                String unique = title.split(" ")[2];
                var hits = index.search(SearchRequest.builder().text("title:" + unique + " title:w" + id).build(),
                        Readership.everything()).getHits();
                assertThat(hits).as("document %d indexed with its last title \"%s\"", id, title)
                        .extracting(SearchHit::getDocumentId).containsExactly(id);
            }
            assertThat(index.documentCount()).isEqualTo(DOCUMENTS);
        }
    }

    @Test
    void aDeletedDocumentLeavesTheIndex() {
        Library library = new Library();
        library.save(1, "Water purification");
        library.save(2, "Water storage");
        try (LuceneSearchIndex index = LuceneSearchIndex.open(dir)) {
            library.drain(index).drainOnce(10);
            library.remove(1);
            library.drain(index).drainOnce(10);
            assertThat(index.search(SearchRequest.builder().text("water").build(), Readership.everything()).getHits())
                    .extracting(SearchHit::getDocumentId).containsExactly(2L);
        }
    }
}
