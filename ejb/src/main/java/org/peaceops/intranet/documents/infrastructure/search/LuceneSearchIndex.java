package org.peaceops.intranet.documents.infrastructure.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.peaceops.intranet.documents.application.search.FacetValue;
import org.peaceops.intranet.documents.application.search.GuidanceIndex;
import org.peaceops.intranet.documents.application.search.IndexedVersion;
import org.peaceops.intranet.documents.application.search.SearchRequest;
import org.peaceops.intranet.documents.application.search.SearchResults;
import org.peaceops.intranet.documents.application.search.TitleSuggestion;
import org.peaceops.intranet.documents.domain.guidance.Readership;

/**
 * The node's Lucene index: one writer, near-real-time readers through a {@link SearcherManager}. The
 * schema version and whether the last build finished are kept in the commit data; an index that is
 * missing, damaged, of another schema or half-built is started again empty, and the indexer refills it
 * while searches go on. Thread-safe: Lucene's writer is, and readers are reference counted.
 */
public final class LuceneSearchIndex implements GuidanceIndex, Closeable {

    private static final Logger LOG = Logger.getLogger(LuceneSearchIndex.class.getName());

    /** Fewer, larger flushes while rebuilding; bounded, so a node's heap need not grow with the library. */
    private static final double RAM_BUFFER_MB = 48;

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Analyzer analyzer = SearchAnalysis.perField();
    private final FacetsConfig facetsConfig = VersionDocuments.facetsConfig();
    private final VersionDocuments documents = new VersionDocuments(facetsConfig);
    private final IndexQueries queries;
    private final boolean startedEmpty;

    private LuceneSearchIndex(Directory directory) throws IOException {
        this.directory = directory;
        Map<String, String> previous = readState(directory);
        boolean usable = IndexFields.SCHEMA_VERSION.equals(previous.get(IndexFields.STATE_SCHEMA))
                && "true".equals(previous.get(IndexFields.STATE_COMPLETE));
        IndexWriterConfig config = new IndexWriterConfig(analyzer).setRAMBufferSizeMB(RAM_BUFFER_MB)
                .setOpenMode(usable ? IndexWriterConfig.OpenMode.CREATE_OR_APPEND : IndexWriterConfig.OpenMode.CREATE);
        this.writer = new IndexWriter(directory, config);
        this.startedEmpty = !usable;
        if (!usable) {
            LOG.info(() -> "Search index at " + directory + " is " + (previous.isEmpty() ? "missing or unreadable"
                    : "outdated or incomplete " + previous) + ": starting it empty, the indexer rebuilds it");
            writer.setLiveCommitData(Map.of(IndexFields.STATE_SCHEMA, IndexFields.SCHEMA_VERSION,
                    IndexFields.STATE_COMPLETE, "false").entrySet());
            writer.commit();
        }
        this.searchers = new SearcherManager(writer, null);
        this.queries = new IndexQueries(analyzer, facetsConfig);
    }

    /** Opens (or creates) the index in this directory. */
    public static LuceneSearchIndex open(Path path) {
        try {
            return new LuceneSearchIndex(FSDirectory.open(path));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the search index at " + path, e);
        }
    }

    private static Map<String, String> readState(Directory directory) {
        try {
            if (!DirectoryReader.indexExists(directory)) {
                return Map.of();
            }
            return SegmentInfos.readLatestCommit(directory).getUserData();
        } catch (IOException | RuntimeException damaged) {
            LOG.log(Level.WARNING, "Search index unreadable; it will be rebuilt", damaged);
            return Map.of();
        }
    }

    @Override
    public void replace(long documentId, List<IndexedVersion> versions) {
        List<VersionDocuments.Built> built = new ArrayList<>();
        try {
            for (IndexedVersion v : versions) {
                built.add(documents.build(v));
            }
            List<Document> docs = built.stream().map(b -> b.document).toList();
            // One atomic step: a searcher sees the old versions or the new ones, never a mix or none.
            writer.updateDocuments(new Term(IndexFields.DOCUMENT_ID, String.valueOf(documentId)), docs);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot index document " + documentId, e);
        } finally {
            for (VersionDocuments.Built b : built) {
                try {
                    b.close();
                } catch (IOException ignored) {
                    // closing a text reader cannot lose anything
                }
            }
        }
    }

    @Override
    public void delete(long documentId) {
        try {
            writer.deleteDocuments(new Term(IndexFields.DOCUMENT_ID, String.valueOf(documentId)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove document " + documentId + " from the index", e);
        }
    }

    @Override
    public void replaceReport(long reportId, IndexedVersion report) {
        if (!report.report()) {
            throw new IllegalArgumentException("Not a report: document " + report.documentId());
        }
        try (VersionDocuments.Built built = documents.build(report)) {
            writer.updateDocument(new Term(IndexFields.REPORT_ID, String.valueOf(reportId)), built.document);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot index report " + reportId, e);
        }
    }

    @Override
    public void deleteReport(long reportId) {
        try {
            writer.deleteDocuments(new Term(IndexFields.REPORT_ID, String.valueOf(reportId)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove report " + reportId + " from the index", e);
        }
    }

    @Override
    public int retainOnlyReports(Set<Long> keep) {
        int removed = 0;
        for (Long id : reportIds()) {
            if (!keep.contains(id)) {
                deleteReport(id);
                removed++;
            }
        }
        return removed;
    }

    @Override
    public Collection<Long> reportIds() {
        return idsOf(IndexFields.REPORT_ID);
    }

    @Override
    public List<FacetValue> frequentReportTerms(Readership reader, Set<Long> reportIds, int max) {
        return withSearcher(s -> ReportTerms.frequent(s, reader, reportIds, max));
    }

    @Override
    public int retainOnly(Set<Long> keep) {
        int removed = 0;
        for (Long id : documentIds()) {
            if (!keep.contains(id)) {
                delete(id);
                removed++;
            }
        }
        return removed;
    }

    @Override
    public synchronized void commit(Map<String, String> state) {
        try {
            if ("true".equals(state.get(IndexFields.STATE_COMPLETE))) {
                mergeAfterBuild();
            }
            Map<String, String> data = new HashMap<>(committedState());
            data.putAll(state);
            data.put(IndexFields.STATE_SCHEMA, IndexFields.SCHEMA_VERSION);
            writer.setLiveCommitData(data.entrySet());
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot commit the search index", e);
        }
    }

    /**
     * A full build ends as one segment. It was written in small batches, so it is left in about ten
     * segments, and every search pays per segment: each word looked up in each field's terms of each
     * (several hundred look-ups a query), facet ordinals mapped across segments, scorers set up. The
     * search benchmark measured a quarter of the CPU time of its queries going there at 100,000
     * documents; merging them takes seconds (searches go on meanwhile on the segments as they were),
     * and the library changes slowly enough that the merge policy keeps the later ones few and small.
     */
    private void mergeAfterBuild() throws IOException {
        long start = System.nanoTime();
        writer.forceMerge(1);
        LOG.info(() -> String.format("Search index built: merged into one segment in %.1f s",
                (System.nanoTime() - start) / 1e9));
    }

    @Override
    public Map<String, String> committedState() {
        Map<String, String> state = new HashMap<>();
        Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
        if (live != null) {
            live.forEach(e -> state.put(e.getKey(), e.getValue()));
        }
        return state;
    }

    @Override
    public boolean startedEmpty() {
        return startedEmpty;
    }

    @Override
    public long documentCount() {
        return withSearcher(s -> (long) s.count(new TermQuery(new Term(IndexFields.CURRENT, "true"))));
    }

    @Override
    public Collection<Long> documentIds() {
        return idsOf(IndexFields.DOCUMENT_ID);
    }

    /** The values of a stored id field over live documents; documents without it are skipped. */
    private Collection<Long> idsOf(String field) {
        return withSearcher(s -> {
            Set<Long> ids = new LinkedHashSet<>();
            for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
                StoredFields stored = leaf.reader().storedFields();
                Bits live = leaf.reader().getLiveDocs();
                for (int i = 0; i < leaf.reader().maxDoc(); i++) {
                    String id = live == null || live.get(i) ? stored.document(i, Set.of(field)).get(field) : null;
                    if (id != null) {
                        ids.add(Long.parseLong(id));
                    }
                }
            }
            return ids;
        });
    }

    @Override
    public SearchResults search(SearchRequest request, Readership reader) {
        return search(request, reader, new SearchPhases());
    }

    /** A search that also records where its time went (see {@link SearchPhases}), for the search benchmark. */
    public SearchResults search(SearchRequest request, Readership reader, SearchPhases phases) {
        return withSearcher(s -> {
            phases.restart();
            return queries.search(s, request, reader, phases);
        });
    }

    @Override
    public List<TitleSuggestion> suggestTitles(String prefix, Readership reader, int max, boolean french) {
        return withSearcher(s -> queries.suggestTitles(s, prefix, reader, max, french));
    }

    interface SearcherWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    private <T> T withSearcher(SearcherWork<T> work) {
        try {
            searchers.maybeRefresh();
            IndexSearcher searcher = searchers.acquire();
            try {
                return work.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the search index", e);
        }
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Closing the search index failed", e);
        }
    }
}
