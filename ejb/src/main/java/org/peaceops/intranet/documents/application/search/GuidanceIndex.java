package org.peaceops.intranet.documents.application.search;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.peaceops.intranet.documents.domain.guidance.Readership;

/**
 * The search index of this node (Lucene, in the infrastructure): a derived cache of the database (guidance
 * and published Toolbox reports), replaced document by document by the indexer and searched with the reader's access filter inside the
 * query, so hits, facet counts, snippets, suggestions and corrections only ever come from documents the
 * reader may open.
 */
public interface GuidanceIndex {

    /** Committed-state key: "true" once a full build has finished (a half-built index is rebuilt). */
    String STATE_COMPLETE = "complete";

    /** Puts these versions in place of whatever the index held for the document (all its versions). */
    void replace(long documentId, List<IndexedVersion> versions);

    void delete(long documentId);

    /** Puts this published Toolbox report in place of whatever the index held for it. */
    void replaceReport(long reportId, IndexedVersion report);

    void deleteReport(long reportId);

    /** Removes every report whose id is not in {@code keep} (after a full re-index). */
    int retainOnlyReports(Set<Long> keep);

    /** Removes every document whose id is not in {@code keep} (after a full re-index). */
    int retainOnly(Set<Long> keep);

    /**
     * Makes the changes durable and visible, recording {@code state} (e.g. the last outbox entry taken in)
     * with them, so that after a restart the index knows how far it got.
     */
    void commit(Map<String, String> state);

    /** What the last commit recorded; empty for a new or rebuilt-from-scratch index. */
    Map<String, String> committedState();

    /** True when the index was created empty at start-up (missing, damaged or of an older schema). */
    boolean startedEmpty();

    long documentCount();

    SearchResults search(SearchRequest request, Readership reader);

    List<TitleSuggestion> suggestTitles(String prefix, Readership reader, int max, boolean french);

    /** The documents (ids) the index holds, for checks after a rebuild; reports are not among them. */
    Collection<Long> documentIds();

    /** The Toolbox reports (ids) the index holds. */
    Collection<Long> reportIds();

    /**
     * How many of these published reports (those the reader may open) use each word of their text, most
     * used first, stop words of English and French left out: what the Toolbox's trends call frequent terms.
     */
    List<FacetValue> frequentReportTerms(Readership reader, Set<Long> reportIds, int max);
}
