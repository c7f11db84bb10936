package org.peaceops.intranet.training.compliance.infrastructure;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.List;

/**
 * Keeps each learner's compliance standing (learner columns owes, owed_due, attested, country; the mission
 * and category copied onto their certificates) in step with the rows it is computed from, in the
 * transaction that changes them: the dashboards count and list from those columns (migration V10).
 * Recomputed whole for the person, from the same definitions the figures had when they were computed on
 * every read, rather than adjusted by deltas: a change reaches the standing however it was made.
 *
 * <p>Called after every change to what a standing reads: an assignment made, completed, cancelled or
 * extended; a training record added; arrival or deployment dates, mission or category changed; an
 * attestation line stored; a provisional learner adopted. Overdue is not stored: it is {@code owed_due}
 * before the reference day, a range condition.
 */
public final class Standings {

    /**
     * The due date of assignment a for its learner p, as Assignment.dueDate computes it (p is joined inside
     * the subquery: H2 does not aggregate an expression of the outer row).
     */
    static final String DUE = "coalesce(a.extended_to, case a.due_kind when 'ABSOLUTE' then a.due_date"
            + " when 'DAYS_AFTER_ARRIVAL' then p.arrival_date + a.due_days"
            + " when 'DAYS_BEFORE_DEPLOYMENT' then p.deployment_date - a.due_days end)";

    /** Mandatory assignments still owed by learner l. */
    private static final String OWED = " from training.assignment a join training.assignment_rule r on r.id = a.rule_id"
            + " where a.status = 'ACTIVE' and a.learner_subject = l.subject and r.active = true";

    /** Recomputes the standing columns of the learners the appended condition on {@code l} selects. */
    static final String LEARNERS = "update training.learner l set"
            + " owes = exists (select 1" + OWED + "),"
            + " owed_due = (select min(" + DUE + ")" + OWED.replace(" where ",
                    " join training.learner p on p.subject = a.learner_subject where ") + "),"
            + " attested = exists (select 1 from training.training_record t join training.course c on c.id = t.course_id"
            + " where t.learner_subject = l.subject and t.method = 'ATTESTATION' and c.phase = 'PRE_DEPLOYMENT'),"
            + " country = (select min(at.country) from training.attestation at where at.person_id = l.subject)";

    /** Copies the holder's mission and category onto the certificates the appended condition selects. */
    static final String CERTIFICATES = "update training.certificate cert set"
            + " mission = (select l.mission from training.learner l where l.subject = cert.learner_subject),"
            + " category = (select l.category from training.learner l where l.subject = cert.learner_subject)";

    private Standings() {
    }

    /** Brings one person's standing up to date with this transaction's changes (flushed first). */
    public static void refresh(EntityManager em, String subject) {
        em.flush();
        em.createNativeQuery(LEARNERS + " where l.subject = ?").setParameter(1, subject).executeUpdate();
        em.createNativeQuery(CERTIFICATES + " where cert.learner_subject = ?").setParameter(1, subject).executeUpdate();
    }

    /** Several people's standing at once (the people of a chunk of attestation lines). */
    public static void refresh(EntityManager em, java.util.Collection<String> subjects) {
        List<String> distinct = subjects.stream().distinct().toList();
        if (distinct.isEmpty()) {
            return;
        }
        em.flush();
        String in = " in (" + String.join(", ", distinct.stream().map(s -> "?").toList()) + ")";
        Query learners = em.createNativeQuery(LEARNERS + " where l.subject" + in);
        Query certificates = em.createNativeQuery(CERTIFICATES + " where cert.learner_subject" + in);
        for (int i = 0; i < distinct.size(); i++) {
            learners.setParameter(i + 1, distinct.get(i));
            certificates.setParameter(i + 1, distinct.get(i));
        }
        learners.executeUpdate();
        certificates.executeUpdate();
    }

    /** Every person's standing: after rows were written in bulk (a benchmark, a fixture, a rule deactivated). */
    public static void refreshAll(EntityManager em) {
        em.flush();
        em.createNativeQuery(LEARNERS).executeUpdate();
        em.createNativeQuery(CERTIFICATES).executeUpdate();
    }

    /** The statements of {@link #refreshAll}, for callers on plain JDBC. */
    public static String[] all() {
        return new String[] {LEARNERS, CERTIFICATES};
    }
}
