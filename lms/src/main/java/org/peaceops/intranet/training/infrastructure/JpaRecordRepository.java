package org.peaceops.intranet.training.infrastructure;

import org.peaceops.intranet.training.compliance.infrastructure.Standings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.peaceops.intranet.training.domain.Certificate;
import org.peaceops.intranet.training.domain.RecordRepository;
import org.peaceops.intranet.training.domain.TrainingRecord;

@ApplicationScoped
public class JpaRecordRepository implements RecordRepository {

    @PersistenceContext(unitName = "training")
    EntityManager em;

    @Override
    public void add(TrainingRecord record) {
        em.persist(record);
        // the dashboards' monthly tally moves with the record, in the same transaction
        org.peaceops.intranet.training.compliance.infrastructure.MonthlyCompletions.count(em, record.getMission(),
                record.getCategory(), java.time.LocalDateTime.ofInstant(record.getCompletedAt(), java.time.ZoneOffset.UTC));
        Standings.refresh(em, record.getLearnerSubject());
    }

    @Override
    public List<TrainingRecord> ofLearner(String subject) {
        return em.createQuery("select r from TrainingRecord r where r.learnerSubject = :s order by r.completedAt desc, r.id desc",
                TrainingRecord.class).setParameter("s", subject).getResultList();
    }

    @Override
    public List<TrainingRecord> ofCourse(long courseId) {
        return em.createQuery("select r from TrainingRecord r where r.courseId = :c order by r.completedAt",
                TrainingRecord.class).setParameter("c", courseId).getResultList();
    }

    @Override
    public List<TrainingRecord> citingOlderThan(long documentId, int versionNumber) {
        return em.createQuery("select distinct r from TrainingRecord r join r.citations c"
                        + " where c.documentId = :doc and c.versionNumber < :version", TrainingRecord.class)
                .setParameter("doc", documentId).setParameter("version", versionNumber).getResultList();
    }

    @Override
    public java.util.Set<String> trainedOnAtLeast(long documentId, int versionNumber) {
        return em.createQuery("select distinct r.learnerSubject, r.courseId from TrainingRecord r join r.citations c"
                        + " where c.documentId = :doc and c.versionNumber >= :version", Object[].class)
                .setParameter("doc", documentId).setParameter("version", versionNumber).getResultStream()
                .map(row -> row[0] + "/" + row[1]).collect(java.util.stream.Collectors.toSet());
    }

    @Override
    public void add(Certificate certificate) {
        em.persist(certificate);
        // the expiry figures read the holder's scope from the certificate
        Standings.refresh(em, certificate.getLearnerSubject());
    }

    @Override
    public Optional<Certificate> certificate(long id) {
        return Optional.ofNullable(em.find(Certificate.class, id));
    }

    @Override
    public Optional<Certificate> certificateByCode(String code) {
        return em.createQuery("select c from Certificate c where c.code = :code", Certificate.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

    @Override
    public Optional<Certificate> certificateOfRecord(long recordId) {
        return em.createQuery("select c from Certificate c where c.record.id = :r", Certificate.class)
                .setParameter("r", recordId).getResultStream().findFirst();
    }

    @Override
    public List<Certificate> certificatesOf(String subject) {
        return em.createQuery("select c from Certificate c where c.learnerSubject = :s order by c.issuedOn desc, c.id desc",
                Certificate.class).setParameter("s", subject).getResultList();
    }

    @Override
    public List<Certificate> expiringBy(LocalDate day) {
        return em.createQuery("select c from Certificate c where c.expiresOn is not null and c.expiresOn <= :d"
                + " and c.recertificationAssigned = false", Certificate.class).setParameter("d", day).getResultList();
    }
}
