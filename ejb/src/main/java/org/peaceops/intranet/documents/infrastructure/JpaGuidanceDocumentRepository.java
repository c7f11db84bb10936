package org.peaceops.intranet.documents.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.peaceops.intranet.documents.domain.DocumentType;
import org.peaceops.intranet.documents.domain.LifecycleStatus;
import org.peaceops.intranet.documents.domain.guidance.DocumentVersion;
import org.peaceops.intranet.documents.domain.guidance.GuidanceDocument;
import org.peaceops.intranet.documents.domain.guidance.GuidanceDocumentRepository;
import org.peaceops.intranet.documents.domain.guidance.LibraryFilter;
import org.peaceops.intranet.documents.domain.guidance.Readership;
import org.peaceops.intranet.documents.domain.guidance.ReferenceNumber;

@ApplicationScoped
public class JpaGuidanceDocumentRepository implements GuidanceDocumentRepository {

    @PersistenceContext(unitName = "documents")
    EntityManager em;

    @Override
    public Optional<GuidanceDocument> find(long id) {
        return Optional.ofNullable(em.find(GuidanceDocument.class, id));
    }

    @Override
    public boolean referenceTaken(DocumentType type, ReferenceNumber referenceNumber) {
        return em.createQuery("select count(d) from GuidanceDocument d where d.type = :type "
                        + "and d.referenceNumber.value = :reference", Long.class)
                .setParameter("type", type)
                .setParameter("reference", referenceNumber.getValue())
                .getSingleResult() > 0;
    }

    @Override
    public void add(GuidanceDocument document) {
        em.persist(document);
    }

    @Override
    public void remove(GuidanceDocument document) {
        if (document.everPublished()) {
            throw new IllegalStateException(document.label() + " was published; its versions are kept for good");
        }
        em.remove(document);
    }

    @Override
    public List<GuidanceDocument> findDueForReview(LocalDate today) {
        return em.createQuery("select distinct v.document from DocumentVersion v where v.status = :status "
                        + "and v.reviewDate <= :today", GuidanceDocument.class)
                .setParameter("status", LifecycleStatus.PROMULGATED)
                .setParameter("today", today)
                .getResultList();
    }

    @Override
    public List<DocumentVersion> findCurrentVersions(LibraryFilter filter, Readership reader, int first, int max) {
        LibraryQuery query = new LibraryQuery(filter, reader);
        return query.bind(em.createQuery(query.select(), DocumentVersion.class))
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, max))
                .getResultList();
    }

    @Override
    public long countCurrentVersions(LibraryFilter filter, Readership reader) {
        LibraryQuery query = new LibraryQuery(filter, reader);
        return query.bind(em.createQuery(query.count(), Long.class)).getSingleResult();
    }

    @Override
    public List<DocumentVersion> findVersionsWithContent(String sha256) {
        return em.createQuery("select v from DocumentVersion v where v.file.sha256 = :sha "
                        + "order by v.document.id, v.number", DocumentVersion.class)
                .setParameter("sha", sha256)
                .getResultList();
    }

    @Override
    public Set<String> referencedContentHashes() {
        return new HashSet<>(em.createQuery("select distinct v.file.sha256 from DocumentVersion v "
                + "where v.file.sha256 is not null", String.class).getResultList());
    }

    @Override
    public List<DocumentVersion> findVersionsInStatus(java.util.Collection<LifecycleStatus> statuses, int max) {
        return em.createQuery("select v from DocumentVersion v where v.status in :statuses "
                        + "order by v.document.updatedAt asc, v.id asc", DocumentVersion.class)
                .setParameter("statuses", statuses)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public List<DocumentVersion> findVersionsByAuthor(String authorSubject, int max) {
        return em.createQuery("select v from DocumentVersion v where v.authorSubject = :author "
                        + "order by v.document.updatedAt desc, v.number desc", DocumentVersion.class)
                .setParameter("author", authorSubject)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public List<String> missionCodes() {
        // Sorted here: EclipseLink fails on "order by" over an embedded value or a collection element.
        return em.createQuery("select distinct d.mission.value from GuidanceDocument d", String.class)
                .getResultList().stream().sorted().toList();
    }

    @Override
    public List<String> languageCodes() {
        // Plain SQL: EclipseLink fails ordering (NPE on "orderByField") over a collection of basic values.
        @SuppressWarnings("unchecked")
        List<String> codes = em.createNativeQuery("select distinct language_code from documents.document_version_language "
                + "order by language_code").getResultList();
        return codes;
    }
}
