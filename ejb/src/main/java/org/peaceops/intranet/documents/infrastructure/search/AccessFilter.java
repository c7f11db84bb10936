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
import org.peaceops.intranet.documents.domain.Classification;
import org.peaceops.intranet.documents.domain.LifecycleStatus;
import org.peaceops.intranet.documents.domain.guidance.Readership;

/**
 * The reader's access rules as a Lucene query, added as a filter to every search, suggestion and
 * spelling check: exactly the rules of the library listing ({@code LibraryQuery.visibleTo}), which are
 * the access policy's reading rules. Outside their scope a reader sees no confidential document unless
 * they wrote that version; work in preparation only as its author, approver (from submitted on) or
 * administrator. A unit test holds this filter and the access policy to the same answers.
 */
final class AccessFilter {

    /** Published guidance, superseded versions included (their history stays readable). */
    private static final Set<LifecycleStatus> PUBLISHED =
            EnumSet.of(LifecycleStatus.PROMULGATED, LifecycleStatus.UNDER_REVIEW, LifecycleStatus.SUPERSEDED);

    private AccessFilter() {
    }

    static Query of(Readership reader) {
        BooleanQuery.Builder filter = new BooleanQuery.Builder();
        boolean any = false;
        if (!reader.everyMission()) {
            BooleanQuery.Builder scope = new BooleanQuery.Builder();
            Arrays.stream(Classification.values()).filter(c -> c != Classification.CONFIDENTIAL)
                    .forEach(c -> scope.add(term(IndexFields.CLASSIFICATION, c.name()), Occur.SHOULD));
            scope.add(term(IndexFields.MISSION, reader.mission()), Occur.SHOULD);
            scope.add(term(IndexFields.AUTHOR, reader.subject()), Occur.SHOULD);
            filter.add(scope.build(), Occur.FILTER);
            any = true;
        }
        Set<LifecycleStatus> statuses = switch (reader.preparation()) {
            case ALL -> EnumSet.allOf(LifecycleStatus.class);
            case SUBMITTED_AND_LATER -> EnumSet.complementOf(EnumSet.of(LifecycleStatus.DRAFT));
            case NONE -> PUBLISHED;
        };
        if (!statuses.containsAll(EnumSet.allOf(LifecycleStatus.class))) {
            BooleanQuery.Builder status = new BooleanQuery.Builder();
            statuses.forEach(s -> status.add(term(IndexFields.STATUS, s.name()), Occur.SHOULD));
            status.add(term(IndexFields.AUTHOR, reader.subject()), Occur.SHOULD);
            filter.add(status.build(), Occur.FILTER);
            any = true;
        }
        return any ? filter.build() : new MatchAllDocsQuery();
    }

    private static Query term(String field, String value) {
        return new TermQuery(new Term(field, value));
    }
}
