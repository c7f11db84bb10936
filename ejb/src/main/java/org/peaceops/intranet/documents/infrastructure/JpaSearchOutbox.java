package org.peaceops.intranet.documents.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.peaceops.intranet.documents.domain.search.SearchOutbox;
import org.peaceops.intranet.documents.domain.search.SearchOutboxEntry;

@ApplicationScoped
public class JpaSearchOutbox implements SearchOutbox {

    @PersistenceContext(unitName = "documents")
    EntityManager em;

    @Override
    public void enqueue(SearchOutboxEntry entry) {
        em.persist(entry);
    }

    @Override
    public List<SearchOutboxEntry> pending(int max) {
        return em.createQuery("select e from SearchOutboxEntry e where e.processedAt is null order by e.id",
                SearchOutboxEntry.class).setMaxResults(max).getResultList();
    }
}
