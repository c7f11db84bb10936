package org.peaceops.intranet.documents.application.replica;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A file a mission node should hold because a replicated row refers to it: a guidance version's file or a
 * SCORM package's file, by SHA-256. {@link #inFetchOrder} is the order the node pulls them in over its thin
 * link: guidance in force first, the most recently promulgated first (what staff are told to read now),
 * then older versions (superseded, under review, withdrawn: still readable in the history), newest first,
 * then the training packages' files, the newest package first.
 */
public record WantedContent(String sha256, long size, Kind kind, Optional<Instant> promulgatedAt, Instant createdAt) {

    /** Why the node wants the file, in the order of need. */
    public enum Kind {
        GUIDANCE_IN_FORCE, GUIDANCE_HISTORY, TRAINING_PACKAGE
    }

    private static final Comparator<WantedContent> ORDER = Comparator.comparing(WantedContent::kind)
            .thenComparing(w -> w.promulgatedAt().orElse(Instant.MIN), Comparator.reverseOrder())
            .thenComparing(WantedContent::createdAt, Comparator.reverseOrder())
            .thenComparing(WantedContent::sha256);

    /**
     * The files in the order they are fetched, each once: a file several rows name (the same bytes in
     * two versions, a file shared by packages) takes the place of its most urgent row.
     */
    public static List<WantedContent> inFetchOrder(Collection<WantedContent> wanted) {
        Map<String, WantedContent> first = new LinkedHashMap<>();
        wanted.stream().sorted(ORDER).forEach(w -> first.putIfAbsent(w.sha256(), w));
        return List.copyOf(first.values());
    }
}
