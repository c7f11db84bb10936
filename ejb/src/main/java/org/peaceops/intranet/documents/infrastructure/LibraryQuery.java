package org.peaceops.intranet.documents.infrastructure;

import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.peaceops.intranet.documents.domain.LifecycleStatus;
import org.peaceops.intranet.documents.domain.guidance.LibraryFilter;
import org.peaceops.intranet.documents.domain.guidance.LibrarySort;
import org.peaceops.intranet.documents.domain.guidance.Readership;
import org.peaceops.intranet.shared.Classification;

/**
 * The JPQL of a library listing, built from a filter. Values always go in as parameters and the sort
 * comes from a closed enum, so no text a reader typed ever becomes part of the query.
 */
final class LibraryQuery {

    private final StringBuilder from = new StringBuilder("DocumentVersion v join v.document d");
    // A bound parameter, not the literal "true": where EclipseLink prints values inline it writes a
    // boolean as 1, and H2 refuses to compare a boolean with an integer.
    private final StringBuilder where = new StringBuilder(" where v.current = :current");
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private final LibraryFilter filter;

    LibraryQuery(LibraryFilter filter, Readership reader) {
        this.filter = filter;
        parameters.put("current", Boolean.TRUE);
        visibleTo(reader);
        condition(filter.getTypeCode(), "d.type.code = :type", "type");
        if (filter.getText() != null) {
            // LIKE wildcards typed by the reader are removed: a search means what it says.
            condition("%" + filter.getText().toLowerCase(java.util.Locale.ROOT).replace("%", "").replace("_", "") + "%",
                    "(lower(coalesce(v.titleEn, v.titleFr)) like :text or lower(d.referenceNumber.value) like :text)", "text");
        }
        condition(filter.getStatus(), "v.status = :status", "status");
        condition(filter.getMissionCode(), "d.mission.value = :mission", "mission");
        condition(filter.getClassification(), "d.classification = :classification", "classification");
        // Joins, not EXISTS sub-queries: EclipseLink stops binding parameters in a query with a sub-query and
        // then prints booleans as 1, which H2 refuses. A join cannot repeat a row here: a document has a
        // theme at most once and a version a language at most once (both are primary keys).
        if (filter.getThemeCode() != null) {
            from.append(" join d.thematicAreas t");
            condition(filter.getThemeCode(), "t.code = :theme", "theme");
        }
        if (filter.getLanguage() != null) {
            from.append(" join v.languages l");
            condition(filter.getLanguage(), "l = :language", "language");
        }
        if (filter.getYear() != null) {
            where.append(" and v.effectiveDate >= :yearStart and v.effectiveDate < :yearEnd");
            parameters.put("yearStart", LocalDate.of(filter.getYear(), 1, 1));
            parameters.put("yearEnd", LocalDate.of(filter.getYear() + 1, 1, 1));
        }
    }

    /**
     * The access policy's reading rules, inside the query so that pages and counts never include what
     * the reader may not open (AccessPolicy: scope by classification and mission, then status).
     */
    private void visibleTo(Readership reader) {
        parameters.put("reader", reader.subject());
        if (!reader.everyMission()) {
            where.append(" and (d.classification <> :confidential or d.mission.value = :readerMission"
                    + " or v.authorSubject = :reader)");
            parameters.put("confidential", Classification.CONFIDENTIAL);
            parameters.put("readerMission", reader.mission());
        }
        switch (reader.preparation()) {
            case ALL -> { }
            case SUBMITTED_AND_LATER -> {
                if (reader.everyMission()) {
                    where.append(" and (v.status <> :draft or v.authorSubject = :reader)");
                } else {
                    // Approvers see work in preparation of their own mission only, as AccessPolicy rules.
                    where.append(" and (v.status in :published or v.authorSubject = :reader"
                            + " or (v.status <> :draft and d.mission.value = :readerMission))");
                    parameters.put("published", List.of(LifecycleStatus.PROMULGATED, LifecycleStatus.UNDER_REVIEW,
                            LifecycleStatus.SUPERSEDED));
                }
                parameters.put("draft", LifecycleStatus.DRAFT);
            }
            case NONE -> {
                where.append(" and (v.status in :published or v.authorSubject = :reader)");
                parameters.put("published", List.of(LifecycleStatus.PROMULGATED, LifecycleStatus.UNDER_REVIEW,
                        LifecycleStatus.SUPERSEDED));
            }
        }
        if (reader.everyMission() && reader.preparation() == Readership.Preparation.ALL) {
            parameters.remove("reader");
        }
    }

    private void condition(Object value, String clause, String name) {
        if (value != null) {
            where.append(" and ").append(clause);
            parameters.put(name, value);
        }
    }

    String select() {
        String direction = filter.isAscending() ? " asc" : " desc";
        return "select v from " + from + where + " order by "
                + orderBy(filter.getSort(), direction) + ", d.id asc";
    }

    String count() {
        return "select count(v) from " + from + where;
    }

    private static String orderBy(LibrarySort sort, String direction) {
        return switch (sort) {
            case REFERENCE -> "d.referenceNumber.value" + direction;
            case TITLE -> "coalesce(v.titleEn, v.titleFr)" + direction;
            case TYPE -> "d.type.sortOrder" + direction + ", d.referenceNumber.value asc";
            case EFFECTIVE_DATE -> "v.effectiveDate" + direction;
            case REVIEW_DATE -> "v.reviewDate" + direction;
            case RECENTLY_CHANGED -> "d.updatedAt" + direction;
        };
    }

    <T> TypedQuery<T> bind(TypedQuery<T> query) {
        parameters.forEach(query::setParameter);
        return query;
    }
}
