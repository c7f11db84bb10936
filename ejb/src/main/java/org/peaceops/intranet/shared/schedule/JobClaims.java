package org.peaceops.intranet.shared.schedule;

/**
 * Lets one instance of a cluster run a scheduled job for a period (a night, an interval). Every instance
 * fires the same timers; only the one whose claim is first runs the job, the others skip it. The claim
 * joins the caller's transaction, so a job that fails and rolls back leaves the period free for another
 * instance (or for the same one at the next firing).
 */
public interface JobClaims {

    /**
     * @param job a stable name of the job ({@code recertification})
     * @param period the period it runs for ({@code 2026-12-07}, an interval number)
     * @return true if this instance is the first to claim that period and so runs the job
     */
    boolean claim(String job, String period);
}
