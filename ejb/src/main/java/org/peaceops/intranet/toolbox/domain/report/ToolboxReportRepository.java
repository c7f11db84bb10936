package org.peaceops.intranet.toolbox.domain.report;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Toolbox reports, with their values and review steps. */
public interface ToolboxReportRepository {

    Optional<ToolboxReport> find(long id);

    /** The author's reports, newest first: their drafts and what became of the rest. */
    List<ToolboxReport> byAuthor(String authorSubject);

    /** A mission's reports waiting for its Best Practices Officer, oldest submission first. */
    List<ToolboxReport> awaitingReview(String missionCode);

    /** The SHA-256 of every blob a report attaches, whatever its status: the orphan sweep must keep them. */
    Set<String> referencedBlobHashes();

    ToolboxReport store(ToolboxReport report);
}
