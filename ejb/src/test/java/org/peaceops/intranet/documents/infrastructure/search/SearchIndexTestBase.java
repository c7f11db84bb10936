package org.peaceops.intranet.documents.infrastructure.search;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.peaceops.intranet.documents.application.search.IndexedVersion;
import org.peaceops.intranet.documents.application.search.SearchHit;
import org.peaceops.intranet.documents.application.search.SearchRequest;
import org.peaceops.intranet.documents.application.search.SearchResults;
import org.peaceops.intranet.documents.domain.guidance.Readership;

/** A real Lucene index in a temporary directory, and helpers to fill and query it. */
abstract class SearchIndexTestBase {

    static final Readership EVERYONE = Readership.everything();
    static final Readership UNMISS_READER = new Readership("reader-unmiss", "UNMISS", false, Readership.Preparation.NONE);
    static final Readership MINUSCA_READER = new Readership("reader-minusca", "MINUSCA", false, Readership.Preparation.NONE);

    @TempDir
    Path dir;

    LuceneSearchIndex index;

    @BeforeEach
    void openIndex() {
        index = LuceneSearchIndex.open(dir.resolve("search-index"));
    }

    @AfterEach
    void closeIndex() {
        index.close();
    }

    void add(IndexedVersion... versions) {
        Map<Long, List<IndexedVersion>> byDocument = java.util.Arrays.stream(versions)
                .collect(Collectors.groupingBy(IndexedVersion::documentId));
        byDocument.forEach(index::replace);
        index.commit(Map.of());
    }

    SearchResults search(String text, Readership reader) {
        return index.search(SearchRequest.builder().text(text).build(), reader);
    }

    SearchResults search(SearchRequest request, Readership reader) {
        return index.search(request, reader);
    }

    Set<Long> ids(String text, Readership reader) {
        return ids(search(text, reader));
    }

    static Set<Long> ids(SearchResults results) {
        return results.getHits().stream().map(SearchHit::getDocumentId).collect(Collectors.toSet());
    }

    static List<Long> order(SearchResults results) {
        return results.getHits().stream().map(SearchHit::getDocumentId).toList();
    }
}
