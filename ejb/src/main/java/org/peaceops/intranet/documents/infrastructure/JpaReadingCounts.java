package org.peaceops.intranet.documents.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.peaceops.intranet.documents.application.search.DownloadCounts;
import org.peaceops.intranet.documents.domain.reading.MonthlyReading;
import org.peaceops.intranet.documents.domain.reading.ReadingCounts;
import org.peaceops.intranet.documents.domain.reading.ReadingKind;
import org.peaceops.intranet.documents.domain.reading.ReadingTotal;
import org.peaceops.intranet.platform.infrastructure.DatabaseProduct;

/**
 * The reading counters in {@code documents.reading_count} (V5), through native SQL: an upsert has no JPQL
 * form. PostgreSQL gets {@code INSERT ... ON CONFLICT DO UPDATE}, atomic when two readers open the same
 * document at once; H2 (the demo run) has no such clause in PostgreSQL mode and gets the standard
 * {@code MERGE}, which it runs under its table lock.
 */
@ApplicationScoped
public class JpaReadingCounts implements ReadingCounts, DownloadCounts {

    @PersistenceContext(unitName = "documents")
    EntityManager em;

    @Inject
    DatabaseProduct database;

    /**
     * All downloads of the document so far, for the search index's "most downloaded" order. The index
     * takes it when the document is (re)indexed, so between changes the order lags behind the counters.
     */
    @Override
    public long of(long documentId) {
        Object total = em.createNativeQuery(
                "select coalesce(sum(downloads), 0) from documents.reading_count where document_id = ?1")
                .setParameter(1, documentId).getSingleResult();
        return ((Number) total).longValue();
    }

    @Override
    public void add(long documentId, String missionCode, YearMonth month, ReadingKind kind) {
        long views = kind == ReadingKind.VIEW ? 1 : 0;
        em.createNativeQuery(ReadingCountSql.upsert(database.isPostgresql()))
                .setParameter(1, documentId)
                .setParameter(2, missionCode)
                .setParameter(3, month.atDay(1))
                .setParameter(4, views)
                .setParameter(5, 1 - views)
                .executeUpdate();
    }

    @Override
    public List<MonthlyReading> forDocument(long documentId, YearMonth since) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(ReadingCountSql.FOR_DOCUMENT)
                .setParameter(1, documentId)
                .setParameter(2, since.atDay(1))
                .getResultList();
        return rows.stream().map(r -> new MonthlyReading(number(r[0]), (String) r[1], YearMonth.from(date(r[2])),
                number(r[3]), number(r[4]))).toList();
    }

    @Override
    public List<ReadingTotal> mostRead(YearMonth since, int first, int max) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(ReadingCountSql.MOST_READ)
                .setParameter(1, since.atDay(1))
                .setParameter(2, max)
                .setParameter(3, first)
                .getResultList();
        return rows.stream().map(r -> new ReadingTotal(number(r[0]), number(r[1]), number(r[2]))).toList();
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static LocalDate date(Object value) {
        return value instanceof java.sql.Date sql ? sql.toLocalDate() : (LocalDate) value;
    }
}
