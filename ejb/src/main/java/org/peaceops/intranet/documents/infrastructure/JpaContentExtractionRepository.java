package org.peaceops.intranet.documents.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.peaceops.intranet.documents.domain.extraction.ContentExtraction;
import org.peaceops.intranet.documents.domain.extraction.ContentExtractionRepository;
import org.peaceops.intranet.documents.domain.extraction.ExtractionStatus;

@ApplicationScoped
public class JpaContentExtractionRepository implements ContentExtractionRepository {

    @PersistenceContext(unitName = "documents")
    EntityManager em;

    @Override
    public Optional<ContentExtraction> find(String contentSha256) {
        return Optional.ofNullable(em.find(ContentExtraction.class, contentSha256));
    }

    @Override
    public Map<String, ContentExtraction> findAll(Collection<String> contentSha256s) {
        if (contentSha256s.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select e from ContentExtraction e where e.contentSha256 in :hashes", ContentExtraction.class)
                .setParameter("hashes", contentSha256s).getResultStream()
                .collect(Collectors.toMap(ContentExtraction::getContentSha256, Function.identity()));
    }

    @Override
    public void add(ContentExtraction extraction) {
        em.persist(extraction);
    }

    @Override
    public List<ContentExtraction> pending(int max) {
        return em.createQuery("select e from ContentExtraction e where e.status = :pending order by e.requestedAt",
                ContentExtraction.class).setParameter("pending", ExtractionStatus.PENDING).setMaxResults(max).getResultList();
    }
}
