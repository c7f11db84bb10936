package org.peaceops.intranet.training.attestation.infrastructure;

import org.peaceops.intranet.training.compliance.infrastructure.Standings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.peaceops.intranet.training.attestation.domain.Attestation;
import org.peaceops.intranet.training.attestation.domain.AttestationBatch;
import org.peaceops.intranet.training.attestation.domain.AttestationKey;
import org.peaceops.intranet.training.attestation.domain.AttestationRepository;
import org.peaceops.intranet.training.attestation.domain.BatchStatus;

@ApplicationScoped
public class JpaAttestationRepository implements AttestationRepository {

    @PersistenceContext(unitName = "training")
    EntityManager em;

    @Override
    public void add(AttestationBatch batch) {
        em.persist(batch);
        // Written now: lines refer to it by id only, so nothing else orders their inserts after it.
        em.flush();
    }

    @Override
    public void addLines(List<Attestation> lines) {
        if (lines.isEmpty()) {
            return;
        }
        lines.forEach(em::persist);
        em.flush();
        // a line gives its person a contributing country on the dashboards
        Standings.refresh(em, lines.stream().map(Attestation::getPersonId).toList());
        // The lines are written; the persistence context lets go of them (the batch stays managed).
        lines.forEach(em::detach);
    }

    @Override
    public Optional<AttestationBatch> find(long id) {
        return Optional.ofNullable(em.find(AttestationBatch.class, id));
    }

    @Override
    public void flushDecision(AttestationBatch batch) {
        em.flush();
    }

    @Override
    public List<AttestationBatch> batches(Collection<String> missions, int limit) {
        String where = missions.isEmpty() ? "" : " where b.mission in :m";
        var query = em.createQuery("select b from AttestationBatch b" + where + " order by b.uploadedAt desc, b.id desc",
                AttestationBatch.class);
        if (!missions.isEmpty()) {
            query.setParameter("m", missions);
        }
        return query.setMaxResults(limit).getResultList();
    }

    @Override
    public List<Attestation> lines(long batchId, int first, int max) {
        return em.createQuery("select a from Attestation a where a.batchId = :b order by a.lineNumber", Attestation.class)
                .setParameter("b", batchId).setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public Set<AttestationKey> attested(Collection<AttestationKey> keys) {
        // One query per chunk: the people of the chunk, then matched on course and day here.
        List<String> people = keys.stream().map(AttestationKey::personId).distinct().toList();
        List<Object[]> rows = em.createQuery("select a.personId, a.courseId, a.completedOn from Attestation a, "
                + "AttestationBatch b where b.id = a.batchId and b.status <> :rejected and a.personId in :p", Object[].class)
                .setParameter("rejected", BatchStatus.REJECTED).setParameter("p", people).getResultList();
        Set<AttestationKey> found = new HashSet<>();
        for (Object[] r : rows) {
            found.add(new AttestationKey((String) r[0], ((Number) r[1]).longValue(), (java.time.LocalDate) r[2]));
        }
        found.retainAll(new HashSet<>(keys));
        return found;
    }
}
