package org.peaceops.intranet.documents.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Locale;
import org.peaceops.intranet.documents.domain.audit.AuditEntry;
import org.peaceops.intranet.documents.domain.audit.AuditEntryRepository;
import org.peaceops.intranet.documents.domain.audit.AuditOrder;
import org.peaceops.intranet.documents.domain.audit.AuditQuery;

@ApplicationScoped
public class JpaAuditEntryRepository implements AuditEntryRepository {

    /** EclipseLink: results not registered in the persistence context, so a long export stays small. */
    private static final String READ_ONLY = "eclipselink.read-only";

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

    @Override
    public List<AuditEntry> search(AuditQuery query, AuditOrder order, int first, int max) {
        return typed(query, "select a from AuditEntry a", "", orderBy(order), AuditEntry.class)
                .setHint(READ_ONLY, true)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public long count(AuditQuery query) {
        return typed(query, "select count(a) from AuditEntry a", "", "", Long.class).getSingleResult();
    }

    @Override
    public List<AuditEntry> after(AuditQuery query, long afterId, int max) {
        return typed(query, "select a from AuditEntry a", " and a.id > :afterId", " order by a.id", AuditEntry.class)
                .setParameter("afterId", afterId)
                .setHint(READ_ONLY, true)
                .setMaxResults(max)
                .getResultList();
    }

    private static String orderBy(AuditOrder order) {
        return switch (order) {
            case OLDEST_FIRST -> " order by a.occurredAt, a.id";
            case ACTOR -> " order by a.actorSubject, a.occurredAt desc, a.id desc";
            case ACTION -> " order by a.action, a.occurredAt desc, a.id desc";
            case NEWEST_FIRST -> " order by a.occurredAt desc, a.id desc";
        };
    }

    /** The query's conditions as JPQL; user text only ever travels as parameters. */
    private <T> TypedQuery<T> typed(AuditQuery q, String select, String extra, String orderBy, Class<T> type) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (q.actor() != null) {
            where.append(" and lower(a.actorSubject) like :actor escape '\\'");
        }
        if (q.action() != null) {
            where.append(" and a.action = :action");
        }
        if (q.documentId() != null) {
            where.append(" and (a.targetId = :document or a.targetId like :documentVersions)");
        }
        if (q.from() != null) {
            where.append(" and a.occurredAt >= :from");
        }
        if (q.to() != null) {
            where.append(" and a.occurredAt < :to");
        }
        TypedQuery<T> query = em.createQuery(select + where + extra + orderBy, type);
        if (q.actor() != null) {
            query.setParameter("actor", "%" + likeEscaped(q.actor().toLowerCase(Locale.ROOT)) + "%");
        }
        if (q.action() != null) {
            query.setParameter("action", q.action().name());
        }
        if (q.documentId() != null) {
            query.setParameter("document", q.documentId().toString());
            query.setParameter("documentVersions", q.documentId() + "/%");
        }
        if (q.from() != null) {
            query.setParameter("from", q.from().atStartOfDay());
        }
        if (q.to() != null) {
            query.setParameter("to", q.to().plusDays(1).atStartOfDay());
        }
        return query;
    }

    static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
