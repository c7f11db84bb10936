package org.peaceops.intranet.documents.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.peaceops.intranet.documents.domain.notification.Notification;
import org.peaceops.intranet.documents.domain.notification.NotificationRepository;

@ApplicationScoped
public class JpaNotificationRepository implements NotificationRepository {

    @PersistenceContext(unitName = "documents")
    EntityManager em;

    @Override
    public void add(Notification notification) {
        em.persist(notification);
    }

    @Override
    public Optional<Notification> find(long id) {
        return Optional.ofNullable(em.find(Notification.class, id));
    }

    @Override
    public List<Notification> forRecipient(String subject, int first, int max) {
        return em.createQuery("select n from Notification n where n.recipientSubject = :subject "
                        + "order by n.createdAt desc, n.id desc", Notification.class)
                .setParameter("subject", subject)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, max))
                .getResultList();
    }

    @Override
    public long countUnread(String subject) {
        return em.createQuery("select count(n) from Notification n where n.recipientSubject = :subject "
                        + "and n.readAt is null", Long.class)
                .setParameter("subject", subject)
                .getSingleResult();
    }

    @Override
    public int markAllRead(String subject, Instant at) {
        return em.createQuery("update Notification n set n.readAt = :at where n.recipientSubject = :subject "
                        + "and n.readAt is null")
                .setParameter("at", LocalDateTime.ofInstant(at, ZoneOffset.UTC))
                .setParameter("subject", subject)
                .executeUpdate();
    }
}
