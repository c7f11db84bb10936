package org.peaceops.intranet.documents.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.peaceops.intranet.documents.domain.DocumentType;
import org.peaceops.intranet.documents.domain.DocumentTypeRepository;

@ApplicationScoped
public class JpaDocumentTypeRepository implements DocumentTypeRepository {

    @PersistenceContext(unitName = "documents")
    EntityManager em;

    @Override
    public List<DocumentType> findActive() {
        return em.createQuery(
                "select t from DocumentType t where t.active = :active order by t.sortOrder, t.code", DocumentType.class)
                .setParameter("active", Boolean.TRUE) // bound: EclipseLink may print the literal as 1 on H2
                .getResultList();
    }

    @Override
    public Optional<DocumentType> findByCode(String code) {
        return em.createQuery("select t from DocumentType t where t.code = :code", DocumentType.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<DocumentType> findAll() {
        return em.createQuery("select t from DocumentType t order by t.sortOrder, t.code", DocumentType.class)
                .getResultList();
    }

    @Override
    public void add(DocumentType type) {
        em.persist(type);
    }
}
