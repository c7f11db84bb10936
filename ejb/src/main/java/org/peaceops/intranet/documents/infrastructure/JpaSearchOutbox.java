package org.peaceops.intranet.documents.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.peaceops.intranet.documents.application.search.SearchNodeCursor;
import org.peaceops.intranet.documents.domain.search.SearchOutbox;
import org.peaceops.intranet.documents.domain.search.SearchOutboxEntry;
import org.peaceops.intranet.platform.infrastructure.NodeName;

/**
 * The search outbox and this instance's place in it (documents V2, V40). Which entries an instance has
 * taken is a row per entry and instance: the instances' indexes advance independently, and an entry that
 * committed after entries with higher ids is not skipped (a single "last id" cursor would skip it).
 */
@ApplicationScoped
public class JpaSearchOutbox implements SearchOutbox, SearchNodeCursor {

    /** Parameters: node, max. */
    private static final String PENDING_IDS = "select e.id from documents.search_outbox e where not exists "
            + "(select 1 from documents.search_outbox_taken t where t.entry_id = e.id and t.node = ?1) order by e.id";

    private static final String NOT_TAKEN = " and not exists (select 1 from documents.search_outbox_taken t "
            + "where t.entry_id = e.id and t.node = ?1)";

    @PersistenceContext(unitName = "documents")
    EntityManager em;

    /** This instance (a test plays two). */
    String node = NodeName.current();

    @Override
    public void enqueue(SearchOutboxEntry entry) {
        em.persist(entry);
    }

    @Override
    public List<SearchOutboxEntry> pending(int max) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery(PENDING_IDS).setParameter(1, node).setMaxResults(max).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select e from SearchOutboxEntry e where e.id in :ids order by e.id", SearchOutboxEntry.class)
                .setParameter("ids", ids.stream().map(Number::longValue).toList()).getResultList();
    }

    /** The most ids in one statement's list (far below any database's limit on a statement's size). */
    static final int TAKEN_PER_STATEMENT = 500;

    /**
     * One statement per batch, not one per entry: the indexer takes three entries per uploaded file (created,
     * file attached, text extracted), and each statement is a round trip and a query EclipseLink prepares.
     * The ids are the entries' own numbers (longs), written into the list, never text from outside.
     */
    @Override
    public void taken(List<SearchOutboxEntry> entries) {
        List<Long> ids = entries.stream().map(SearchOutboxEntry::getId).filter(java.util.Objects::nonNull)
                .distinct().toList();
        for (int from = 0; from < ids.size(); from += TAKEN_PER_STATEMENT) {
            String list = ids.subList(from, Math.min(ids.size(), from + TAKEN_PER_STATEMENT)).stream()
                    .map(String::valueOf).collect(java.util.stream.Collectors.joining(", "));
            em.createNativeQuery("insert into documents.search_outbox_taken (entry_id, node) select e.id, ?1 "
                    + "from documents.search_outbox e where e.id in (" + list + ")" + NOT_TAKEN)
                    .setParameter(1, node).executeUpdate();
        }
    }

    @Override
    public void coveredUpTo(long mark) {
        em.createNativeQuery("insert into documents.search_outbox_taken (entry_id, node) select e.id, ?1 "
                + "from documents.search_outbox e where e.id <= ?2" + NOT_TAKEN)
                .setParameter(1, node).setParameter(2, mark).executeUpdate();
    }

    @Override
    public long lastTaken() {
        Number last = (Number) em.createNativeQuery("select max(entry_id) from documents.search_outbox_taken where node = ?1")
                .setParameter(1, node).getSingleResult();
        return last == null ? -1 : last.longValue();
    }

    @Override
    public boolean mayHaveMissedPrunedEntries(Duration retention) {
        @SuppressWarnings("unchecked")
        List<Object> pruned = em.createNativeQuery("select pruned_at from documents.search_outbox_pruning where id = 1")
                .getResultList();
        if (pruned.isEmpty()) {
            return false;
        }
        Instant prunedAt = ((Timestamp) pruned.get(0)).toInstant();
        @SuppressWarnings("unchecked")
        List<Object> seen = em.createNativeQuery("select seen_at from documents.search_node where node = ?1")
                .setParameter(1, node).getResultList();
        return seen.isEmpty() || ((Timestamp) seen.get(0)).toInstant().plus(retention).isBefore(prunedAt);
    }

    @Override
    public void seen() {
        Timestamp now = Timestamp.from(Instant.now());
        int updated = em.createNativeQuery("update documents.search_node set seen_at = ?2 where node = ?1")
                .setParameter(1, node).setParameter(2, now).executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("insert into documents.search_node (node, seen_at) values (?1, ?2)")
                    .setParameter(1, node).setParameter(2, now).executeUpdate();
        }
    }

    @Override
    public int prune(Duration retention) {
        Timestamp now = Timestamp.from(Instant.now());
        // Only entries visible now and taken by every live instance; this one is live (seen just before).
        int deleted = em.createNativeQuery("delete from documents.search_outbox where id in (select e.id "
                + "from documents.search_outbox e where not exists (select 1 from documents.search_node n "
                + "where n.seen_at >= ?1 and not exists (select 1 from documents.search_outbox_taken t "
                + "where t.entry_id = e.id and t.node = n.node)) and exists (select 1 from documents.search_outbox_taken t "
                + "where t.entry_id = e.id))")
                .setParameter(1, Timestamp.from(now.toInstant().minus(retention))).executeUpdate();
        if (deleted > 0) {
            int updated = em.createNativeQuery("update documents.search_outbox_pruning set pruned_at = ?1 where id = 1")
                    .setParameter(1, now).executeUpdate();
            if (updated == 0) {
                em.createNativeQuery("insert into documents.search_outbox_pruning (id, pruned_at) values (1, ?1)")
                        .setParameter(1, now).executeUpdate();
            }
        }
        return deleted;
    }

    @Override
    public long backlog() {
        return ((Number) em.createNativeQuery("select count(*) from documents.search_outbox e where 1 = 1" + NOT_TAKEN)
                .setParameter(1, node).getSingleResult()).longValue();
    }
}
