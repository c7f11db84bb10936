package org.peaceops.intranet.documents.domain.reading;

import java.time.YearMonth;
import java.util.List;

/** The reading counters, kept per document, reader's mission and month. */
public interface ReadingCounts {

    /** Adds one view or download, creating the month's counter when it is the first. */
    void add(long documentId, String missionCode, YearMonth month, ReadingKind kind);

    /** A document's counters from {@code since} on, newest month first, then by mission. */
    List<MonthlyReading> forDocument(long documentId, YearMonth since);

    /** Documents ranked by views + downloads since {@code since}, most read first; a page of them. */
    List<ReadingTotal> mostRead(YearMonth since, int first, int max);
}
