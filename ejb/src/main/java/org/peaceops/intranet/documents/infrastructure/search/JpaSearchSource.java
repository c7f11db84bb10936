package org.peaceops.intranet.documents.infrastructure.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.peaceops.intranet.documents.application.search.SearchSource;

@ApplicationScoped
public class JpaSearchSource implements SearchSource {

    @PersistenceContext(unitName = "documents")
    EntityManager em;

    @Override
    public List<Long> documentIdsAfter(long afterId, int max) {
        return em.createQuery("select d.id from GuidanceDocument d where d.id > :after order by d.id", Long.class)
                .setParameter("after", afterId).setMaxResults(max).getResultList();
    }

    @Override
    public long documentCount() {
        return em.createQuery("select count(d) from GuidanceDocument d", Long.class).getSingleResult();
    }

    @Override
    public long newestOutboxId() {
        Long last = em.createQuery("select max(e.id) from SearchOutboxEntry e", Long.class).getSingleResult();
        return last == null ? -1 : last;
    }
}
