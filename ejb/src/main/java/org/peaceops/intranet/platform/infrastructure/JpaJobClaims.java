package org.peaceops.intranet.platform.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.logging.Logger;
import org.peaceops.intranet.shared.schedule.JobClaims;

/**
 * Claims in {@code documents.scheduled_job_run} (documents V29), through native SQL in the caller's
 * transaction: "insert unless there" has no JPQL form. PostgreSQL gets {@code ON CONFLICT DO NOTHING}
 * (a second instance's insert waits for the first one's commit or rollback), H2 a {@code MERGE} that only
 * inserts. The update count says whether this instance was first.
 */
@ApplicationScoped
public class JpaJobClaims implements JobClaims {

    private static final Logger LOG = Logger.getLogger(JpaJobClaims.class.getName());

    /** Parameters: job, period, node, time. */
    private static final String POSTGRESQL_INSERT = "insert into documents.scheduled_job_run "
            + "(job, period, node, claimed_at) values (?1, ?2, ?3, ?4) on conflict (job, period) do nothing";

    private static final String STANDARD_MERGE = "merge into documents.scheduled_job_run t using (values "
            + "(cast(?1 as varchar(60)), cast(?2 as varchar(40)), cast(?3 as varchar(120)), cast(?4 as timestamp))) "
            + "s (job, period, node, claimed_at) on t.job = s.job and t.period = s.period "
            + "when not matched then insert (job, period, node, claimed_at) values (s.job, s.period, s.node, s.claimed_at)";

    @PersistenceContext(unitName = "documents")
    EntityManager em;

    @Inject
    DatabaseProduct database;

    /** Joins the job's transaction; a job that runs without one (the demo import) gets the claim committed at once. */
    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    public boolean claim(String job, String period) {
        boolean first = em.createNativeQuery(insert(database.isPostgresql()))
                .setParameter(1, job)
                .setParameter(2, period)
                .setParameter(3, NodeName.current())
                .setParameter(4, Timestamp.from(Instant.now()))
                .executeUpdate() == 1;
        if (!first) {
            LOG.info(() -> job + " for " + period + ": already run by another instance; skipped here");
        }
        return first;
    }

    static String insert(boolean postgresql) {
        return postgresql ? POSTGRESQL_INSERT : STANDARD_MERGE;
    }
}
