package org.peaceops.intranet.documents.application.search;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.peaceops.intranet.documents.domain.search.SearchChangeKind;
import org.peaceops.intranet.documents.domain.search.SearchOutbox;
import org.peaceops.intranet.documents.domain.search.SearchOutboxEntry;

/**
 * A stand-in for the database in indexer tests: documents and the outbox, changed together under one
 * lock as a transaction would change them together.
 */
final class Library implements SearchOutbox, OutboxDrain.CurrentVersions, IndexRebuild.Batches {

    private final Map<Long, IndexedVersion> documents = new TreeMap<>();
    private final List<SearchOutboxEntry> outbox = new ArrayList<>();
    /** The entries the index took in (by identity: the stand-in gives them no ids). */
    private final Set<SearchOutboxEntry> taken = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    static IndexedVersion version(long id, String title) {
        return IndexedVersion.builder().document(id, 1, true).access("PUBLIC", "HQ", "PROMULGATED", "a")
                .catalogue("SOP", "2020." + id, Set.of("PLANNING")).titles(title, null).languages(Set.of("en"))
                .dates(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 1)).build();
    }

    /** One "transaction": the change and its outbox entry become visible together. */
    synchronized void save(long id, String title) {
        documents.put(id, version(id, title));
        outbox.add(new SearchOutboxEntry(id, 1, SearchChangeKind.METADATA_CHANGED, Instant.now()));
    }

    synchronized void remove(long id) {
        documents.remove(id);
        outbox.add(new SearchOutboxEntry(id, null, SearchChangeKind.DELETED, Instant.now()));
    }

    synchronized String title(long id) {
        return documents.get(id).titleEn().orElseThrow();
    }

    synchronized Set<Long> ids() {
        return Set.copyOf(documents.keySet());
    }

    OutboxDrain drain(GuidanceIndex index) {
        return new OutboxDrain(this, this, index);
    }

    @Override
    public synchronized void enqueue(SearchOutboxEntry entry) {
        outbox.add(entry);
    }

    @Override
    public synchronized List<SearchOutboxEntry> pending(int max) {
        return outbox.stream().filter(e -> !taken.contains(e)).limit(max).toList();
    }

    @Override
    public synchronized void taken(List<SearchOutboxEntry> entries) {
        taken.addAll(entries);
    }

    @Override
    public synchronized List<IndexedVersion> of(long documentId) {
        IndexedVersion v = documents.get(documentId);
        return v == null ? List.of() : List.of(v);
    }

    @Override
    public synchronized List<Long> indexAfter(long afterId, int max) {
        throw new UnsupportedOperationException("use batches(index)");
    }

    @Override
    public synchronized long count() {
        return documents.size();
    }

    @Override
    public long outboxMark() {
        return -1;
    }

    /** The rebuild's batches, writing into this index. */
    IndexRebuild.Batches batches(GuidanceIndex index) {
        Library library = this;
        return new IndexRebuild.Batches() {
            @Override
            public List<Long> indexAfter(long afterId, int max) {
                List<Long> ids;
                synchronized (library) {
                    ids = documents.keySet().stream().filter(id -> id > afterId).limit(max).toList();
                }
                ids.forEach(id -> index.replace(id, library.of(id)));
                return ids;
            }

            @Override
            public long count() {
                return library.count();
            }

            @Override
            public long outboxMark() {
                return -1;
            }
        };
    }
}
