package org.peaceops.intranet.documents.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.peaceops.intranet.documents.domain.audit.AuditEntry;
import org.peaceops.intranet.documents.domain.audit.AuditTrail;

@ApplicationScoped
public class JpaAuditTrail implements AuditTrail {

    @PersistenceContext(unitName = "documents")
    EntityManager em;

    @Override
    public void record(AuditEntry entry) {
        em.persist(entry);
    }

    @Override
    public List<AuditEntry> forTarget(String targetType, String targetId, int max) {
        return em.createQuery("select a from AuditEntry a where a.targetType = :type and a.targetId = :id "
                        + "order by a.occurredAt desc, a.id desc", AuditEntry.class)
                .setParameter("type", targetType)
                .setParameter("id", targetId)
                .setMaxResults(max)
                .getResultList();
    }
}
