package org.peaceops.intranet.training.compliance.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.peaceops.intranet.training.compliance.domain.ComplianceCriteria;
import org.peaceops.intranet.training.compliance.domain.ComplianceFigures.CountryGap;
import org.peaceops.intranet.training.compliance.domain.ComplianceOrder;
import org.peaceops.intranet.training.compliance.domain.ComplianceRepository;
import org.peaceops.intranet.training.compliance.domain.ComplianceRow;

/** Runs the statements of {@link ComplianceSql} as native queries of the training persistence unit. */
@ApplicationScoped
public class JpaComplianceRepository implements ComplianceRepository {

    /** Rows per round trip when an export walks a whole list. */
    static final int EXPORT_CHUNK = 2000;

    @PersistenceContext(unitName = "training")
    EntityManager em;

    @Override
    public long count(ComplianceCriteria criteria) {
        return ((Number) query(ComplianceSql.count(criteria)).getSingleResult()).longValue();
    }

    @Override
    public List<ComplianceRow> page(ComplianceCriteria criteria, ComplianceOrder order, boolean ascending, int first,
            int max) {
        List<?> rows = query(ComplianceSql.page(criteria, order, ascending, first, max)).getResultList();
        return rows.stream().map(r -> row((Object[]) r)).toList();
    }

    @Override
    public void each(ComplianceCriteria criteria, ComplianceOrder order, boolean ascending, Consumer<ComplianceRow> row) {
        for (int first = 0;; first += EXPORT_CHUNK) {
            List<ComplianceRow> chunk = page(criteria, order, ascending, first, EXPORT_CHUNK);
            chunk.forEach(row);
            em.clear();
            if (chunk.size() < EXPORT_CHUNK) {
                return;
            }
        }
    }

    @Override
    public Map<YearMonth, Long> completionsPerMonth(ComplianceCriteria criteria, YearMonth from, YearMonth to) {
        Map<YearMonth, Long> counts = new HashMap<>();
        for (Object r : query(ComplianceSql.perMonth(criteria, from, to)).getResultList()) {
            Object[] cols = (Object[]) r;
            counts.put(ComplianceSql.month(cols[0]), ((Number) cols[1]).longValue());
        }
        return counts;
    }

    @Override
    public List<CountryGap> gapsByCountry(ComplianceCriteria criteria) {
        List<?> rows = query(ComplianceSql.gapsByCountry(criteria)).getResultList();
        return rows.stream().map(r -> (Object[]) r)
                .map(cols -> new CountryGap((String) cols[0], ((Number) cols[1]).longValue())).toList();
    }

    private Query query(ComplianceSql.Statement statement) {
        Query q = em.createNativeQuery(statement.sql());
        List<Object> parameters = statement.parameters();
        for (int i = 0; i < parameters.size(); i++) {
            q.setParameter(i + 1, parameters.get(i));
        }
        return q;
    }

    static ComplianceRow row(Object[] c) {
        return new ComplianceRow((String) c[0], (String) c[1], (String) c[2], (String) c[3], (String) c[4],
                ComplianceSql.date(c[5]), (String) c[6]);
    }
}
