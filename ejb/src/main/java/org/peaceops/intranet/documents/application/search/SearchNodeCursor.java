package org.peaceops.intranet.documents.application.search;

import java.time.Duration;

/**
 * This instance's place in the search outbox. Every instance keeps its own index and takes every entry in
 * for itself; entries every live instance has taken are pruned. An instance not seen for longer than the
 * retention counts as gone: entries it never took may be pruned, so when it comes back it rebuilds.
 */
public interface SearchNodeCursor {

    /** Records every entry up to {@code mark} as taken by this instance: a rebuild read all documents after it. */
    void coveredUpTo(long mark);

    /** The newest entry this instance recorded taking; -1 when none. */
    long lastTaken();

    /**
     * True if entries may have been pruned that this instance never took: it was away (or never here) while
     * another instance pruned with a retention it exceeded. Its index may then miss changes.
     */
    boolean mayHaveMissedPrunedEntries(Duration retention);

    /** This instance is alive: refreshes its last-seen time. */
    void seen();

    /**
     * Deletes the entries every instance seen within the retention has taken.
     *
     * @return how many entries were deleted
     */
    int prune(Duration retention);

    /** How many entries wait for this instance's index. */
    long backlog();
}
