package org.peaceops.intranet.documents.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peaceops.intranet.documents.domain.search.SearchChangeKind;
import org.peaceops.intranet.documents.domain.search.SearchOutboxEntry;
import org.peaceops.intranet.testing.H2PersistenceUnit;

/**
 * Two instances, each with its own index, on one migrated database (documents V40): each takes every
 * outbox entry in for itself, an entry committed late is not skipped, and pruning removes only what every
 * live instance has taken.
 */
class SearchOutboxPerNodeTest {

    private static final Duration RETENTION = Duration.ofDays(7);

    @TempDir
    Path dir;

    private H2PersistenceUnit unit;

    @BeforeEach
    void migrate() {
        unit = H2PersistenceUnit.migrated(dir, "documents", "documents", "SEVERE");
    }

    @AfterEach
    void close() {
        unit.close();
    }

    /** Runs the work as instance {@code node}, in one transaction. */
    private <T> T as(String node, Function<JpaSearchOutbox, T> work) {
        return unit.inTransaction(em -> {
            JpaSearchOutbox outbox = new JpaSearchOutbox();
            outbox.em = em;
            outbox.node = node;
            return work.apply(outbox);
        });
    }

    private long enqueue(long documentId) {
        return as("writer", o -> {
            SearchOutboxEntry entry = new SearchOutboxEntry(documentId, 1, SearchChangeKind.STATUS_CHANGED, Instant.now());
            o.enqueue(entry);
            o.em.flush();
            return entry.getId();
        });
    }

    private List<Long> pending(String node) {
        return as(node, o -> o.pending(100).stream().map(SearchOutboxEntry::getId).toList());
    }

    private int prune(String node) {
        return this.<Integer>as(node, o -> o.prune(RETENTION));
    }

    private boolean missed(String node) {
        return this.<Boolean>as(node, o -> o.mayHaveMissedPrunedEntries(RETENTION));
    }

    private long backlog(String node) {
        return this.<Long>as(node, JpaSearchOutbox::backlog);
    }

    private long lastTaken(String node) {
        return this.<Long>as(node, JpaSearchOutbox::lastTaken);
    }

    private void take(String node) {
        as(node, o -> {
            o.taken(o.pending(100));
            return null;
        });
    }

    @Test
    void eachInstanceTakesEveryEntryForItsOwnIndex() {
        long first = enqueue(10);
        long second = enqueue(11);

        take("instance-a");

        assertThat(pending("instance-a")).isEmpty();
        assertThat(pending("instance-b")).as("B's index has not taken them yet").containsExactly(first, second);
        assertThat(backlog("instance-b")).isEqualTo(2);
        take("instance-b");
        assertThat(pending("instance-b")).isEmpty();
        assertThat(lastTaken("instance-a")).isEqualTo(second);
    }

    @Test
    void aBatchLargerThanOneStatementIsTakenWholeAndTakingTwiceChangesNothing() {
        List<Long> ids = new java.util.ArrayList<>();
        for (int i = 0; i < JpaSearchOutbox.TAKEN_PER_STATEMENT + 3; i++) {
            ids.add(enqueue(100 + i));
        }
        List<SearchOutboxEntry> all = as("instance-a", o -> o.pending(ids.size() + 10));
        assertThat(all).hasSize(ids.size());

        as("instance-a", o -> {
            o.taken(all);
            o.taken(all.subList(0, 2)); // an entry already taken is not recorded twice (and does not fail)
            return null;
        });

        assertThat(pending("instance-a")).isEmpty();
        assertThat(backlog("instance-b")).isEqualTo(ids.size());
        assertThat(lastTaken("instance-a")).isEqualTo(ids.get(ids.size() - 1));
        assertThat(this.<Number>as("instance-a", o -> (Number) o.em.createNativeQuery(
                "select count(*) from documents.search_outbox_taken where node = 'instance-a'").getSingleResult()).longValue())
                .isEqualTo(ids.size());
    }

    @Test
    void anEntryCommittedAfterOnesWithHigherIdsIsStillTaken() {
        long later = enqueue(10);
        take("instance-a");
        // A transaction that drew its id first but committed last: its entry appears below what A took.
        as("writer", o -> o.em.createNativeQuery("insert into documents.search_outbox (id, document_id, version_number, "
                + "change_kind, created_at) values (?1, 12, 1, 'STATUS_CHANGED', ?2)")
                .setParameter(1, later - 1000).setParameter(2, Timestamp.from(Instant.now())).executeUpdate());

        assertThat(pending("instance-a")).containsExactly(later - 1000);
    }

    @Test
    void aRebuildCoversWhatWasVisibleWhenItStarted() {
        long first = enqueue(10);
        long second = enqueue(11);
        as("instance-b", o -> {
            o.coveredUpTo(first);
            return null;
        });
        assertThat(pending("instance-b")).containsExactly(second);
    }

    @Test
    void onlyEntriesEveryLiveInstanceTookArePruned() {
        long first = enqueue(10);
        as("instance-a", o -> {
            o.seen();
            return null;
        });
        as("instance-b", o -> {
            o.seen();
            return null;
        });
        take("instance-a");
        long second = enqueue(11);
        take("instance-b");
        take("instance-a");
        long third = enqueue(12);
        take("instance-a");

        assertThat(prune("instance-a")).as("first and second: both took them").isEqualTo(2);
        assertThat(pending("instance-b")).as("third waits for B, and stays").containsExactly(third);
        assertThat(missed("instance-b")).isFalse();
        assertThat(first).isLessThan(second);
    }

    @Test
    void anInstanceAwayLongerThanTheRetentionIsNotWaitedForAndKnowsIt() {
        long first = enqueue(10);
        as("instance-b", o -> {
            o.seen();
            return null;
        });
        as("writer", o -> o.em.createNativeQuery("update documents.search_node set seen_at = ?1 where node = 'instance-b'")
                .setParameter(1, Timestamp.from(Instant.now().minus(Duration.ofDays(8)))).executeUpdate());
        as("instance-a", o -> {
            o.seen();
            return null;
        });
        take("instance-a");

        assertThat(prune("instance-a")).isEqualTo(1);

        assertThat(pending("instance-b")).as("pruned without B").isEmpty();
        assertThat(missed("instance-b")).as("B must rebuild").isTrue();
        assertThat(missed("instance-a")).isFalse();
        assertThat(missed("instance-c")).as("never seen, after a prune")
                .isTrue();
        assertThat(first).isPositive();
    }

    @Test
    void nothingIsPrunedThatNoInstanceTook() {
        enqueue(10);
        as("instance-a", o -> {
            o.seen();
            return null;
        });
        assertThat(prune("instance-a")).isZero();
        assertThat(missed("instance-a")).isFalse();
    }
}
