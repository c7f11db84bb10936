package org.peaceops.intranet.documents.infrastructure.search;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.peaceops.intranet.documents.domain.LifecycleStatus;
import org.peaceops.intranet.documents.domain.guidance.Readership;
import org.peaceops.intranet.shared.Classification;

/**
 * The reader's access rules as a Lucene query, added as a filter to every search, suggestion and
 * spelling check: exactly the rules of the library listing ({@code LibraryQuery.visibleTo}), which are
 * the access policy's reading rules. Outside their scope a reader sees no confidential document unless
 * they wrote that version; work in preparation only as its author, approver of its mission or of
 * headquarters (from submitted on) or administrator. Status and author are judged twice, as the policy's per-version rule does: on the
 * document's version in force (or newest), so that a withdrawn document hides its superseded versions
 * too, and on the version itself, so that a draft inside published guidance stays its author's. A unit
 * test holds this filter and the access policy to the same answers.
 */
final class AccessFilter {

    /** Published guidance, superseded versions included (their history stays readable). */
    private static final Set<LifecycleStatus> PUBLISHED =
            EnumSet.of(LifecycleStatus.PROMULGATED, LifecycleStatus.UNDER_REVIEW, LifecycleStatus.SUPERSEDED);

    private AccessFilter() {
    }

    /** Guidance by the rules above, published Toolbox reports by theirs ({@link #reports}). */
    static Query of(Readership reader) {
        return new BooleanQuery.Builder()
                .add(new BooleanQuery.Builder().add(term(IndexFields.KIND, IndexFields.KIND_GUIDANCE), Occur.FILTER)
                        .add(guidance(reader), Occur.FILTER).build(), Occur.SHOULD)
                .add(new BooleanQuery.Builder().add(term(IndexFields.KIND, IndexFields.KIND_REPORT), Occur.FILTER)
                        .add(reports(reader), Occur.FILTER).build(), Occur.SHOULD)
                .build();
    }

    /**
     * A published report (only those are indexed): its author; a handover note its mission and its
     * successor and no one else, whatever their role; any other report by classification and mission,
     * as guidance in force is read. The Toolbox's reading rule ({@code ReportReaders.mayRead}) in a query.
     */
    static Query reports(Readership reader) {
        BooleanQuery.Builder scope = new BooleanQuery.Builder();
        if (reader.everyMission()) {
            scope.add(new MatchAllDocsQuery(), Occur.FILTER);
        } else {
            BooleanQuery.Builder inScope = new BooleanQuery.Builder();
            Arrays.stream(Classification.values()).filter(c -> c != Classification.CONFIDENTIAL)
                    .forEach(c -> inScope.add(term(IndexFields.CLASSIFICATION, c.name()), Occur.SHOULD));
            inScope.add(term(IndexFields.MISSION, reader.mission()), Occur.SHOULD);
            scope.add(inScope.build(), Occur.FILTER);
        }
        scope.add(term(IndexFields.AUDIENCE, IndexFields.AUDIENCE_MISSION), Occur.MUST_NOT);
        Query handoverInMission = new BooleanQuery.Builder()
                .add(term(IndexFields.AUDIENCE, IndexFields.AUDIENCE_MISSION), Occur.FILTER)
                .add(term(IndexFields.MISSION, reader.mission()), Occur.FILTER).build();
        return new BooleanQuery.Builder()
                .add(term(IndexFields.AUTHOR, reader.subject()), Occur.SHOULD)
                .add(scope.build(), Occur.SHOULD)
                .add(handoverInMission, Occur.SHOULD)
                .add(term(IndexFields.SUCCESSOR, reader.subject()), Occur.SHOULD)
                .build();
    }

    static Query guidance(Readership reader) {
        BooleanQuery.Builder filter = new BooleanQuery.Builder();
        boolean any = false;
        if (!reader.everyMission()) {
            BooleanQuery.Builder scope = new BooleanQuery.Builder();
            Arrays.stream(Classification.values()).filter(c -> c != Classification.CONFIDENTIAL)
                    .forEach(c -> scope.add(term(IndexFields.CLASSIFICATION, c.name()), Occur.SHOULD));
            scope.add(term(IndexFields.MISSION, reader.mission()), Occur.SHOULD);
            // The author's own exception holds when they wrote both the version and the document's current one.
            scope.add(new BooleanQuery.Builder().add(term(IndexFields.AUTHOR, reader.subject()), Occur.FILTER)
                    .add(term(IndexFields.DOCUMENT_AUTHOR, reader.subject()), Occur.FILTER).build(), Occur.SHOULD);
            filter.add(scope.build(), Occur.FILTER);
            any = true;
        }
        if (reader.preparation() != Readership.Preparation.ALL) {
            filter.add(status(IndexFields.DOCUMENT_STATUS, IndexFields.DOCUMENT_AUTHOR, reader), Occur.FILTER);
            filter.add(status(IndexFields.STATUS, IndexFields.AUTHOR, reader), Occur.FILTER);
            any = true;
        }
        return any ? filter.build() : new MatchAllDocsQuery();
    }

    /**
     * Published, or written by the reader, or (approvers) submitted or later in the reader's mission, or in
     * every mission from headquarters.
     */
    private static Query status(String statusField, String authorField, Readership reader) {
        BooleanQuery.Builder status = new BooleanQuery.Builder();
        boolean everywhere = reader.everyMission() && reader.preparation() == Readership.Preparation.SUBMITTED_AND_LATER;
        Set<LifecycleStatus> statuses = everywhere ? EnumSet.complementOf(EnumSet.of(LifecycleStatus.DRAFT)) : PUBLISHED;
        statuses.forEach(s -> status.add(term(statusField, s.name()), Occur.SHOULD));
        status.add(term(authorField, reader.subject()), Occur.SHOULD);
        if (!everywhere && reader.preparation() == Readership.Preparation.SUBMITTED_AND_LATER) {
            BooleanQuery.Builder inMission = new BooleanQuery.Builder();
            EnumSet.complementOf(EnumSet.of(LifecycleStatus.DRAFT))
                    .forEach(s -> inMission.add(term(statusField, s.name()), Occur.SHOULD));
            inMission.setMinimumNumberShouldMatch(1);
            inMission.add(term(IndexFields.MISSION, reader.mission()), Occur.FILTER);
            status.add(inMission.build(), Occur.SHOULD);
        }
        return status.build();
    }

    private static Query term(String field, String value) {
        return new TermQuery(new Term(field, value));
    }
}
