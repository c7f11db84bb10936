package org.peaceops.intranet.documents.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.peaceops.intranet.documents.domain.DocumentType;
import org.peaceops.intranet.documents.domain.DocumentTypeRepository;

@ApplicationScoped
public class JpaDocumentTypeRepository implements DocumentTypeRepository {

    @PersistenceContext(unitName = "documents")
    EntityManager em;

    @Override
    public List<DocumentType> findActive() {
        return em.createQuery(
                "select t from DocumentType t where t.active = true order by t.sortOrder, t.code", DocumentType.class)
                .getResultList();
    }
}
