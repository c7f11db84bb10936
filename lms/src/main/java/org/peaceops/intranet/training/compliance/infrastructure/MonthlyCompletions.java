package org.peaceops.intranet.training.compliance.infrastructure;

import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.time.LocalDateTime;

/**
 * Keeps the per-month tally of completions (table {@code compliance_month}) in step with the records, in
 * the transaction that adds each record, so the trend never waits for a rebuild and never counts millions
 * of rows. The month's row is created first if missing (a concurrent first completion of the same month
 * waits for the other instead of failing), then incremented.
 */
public final class MonthlyCompletions {

    private MonthlyCompletions() {
    }

    /** One more record completed at this time by a person of that mission and category. */
    public static void count(EntityManager em, String mission, String category, LocalDateTime completedAt) {
        Date month = Date.valueOf(completedAt.toLocalDate().withDayOfMonth(1));
        em.createNativeQuery("insert into training.compliance_month (mission, category, month_start, completions)"
                        + " values (?, ?, ?, 0) on conflict do nothing")
                .setParameter(1, mission).setParameter(2, category).setParameter(3, month).executeUpdate();
        em.createNativeQuery("update training.compliance_month set completions = completions + 1"
                        + " where mission = ? and category = ? and month_start = ?")
                .setParameter(1, mission).setParameter(2, category).setParameter(3, month).executeUpdate();
    }
}
