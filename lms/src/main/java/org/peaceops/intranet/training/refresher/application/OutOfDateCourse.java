package org.peaceops.intranet.training.refresher.application;

import java.util.List;

/** A course flagged out of date, why, and what each cited document's version is against the one in force. */
public record OutOfDateCourse(long id, String code, String titleEn, String titleFr, String missionScope, String reason,
        Integer currentVersion, Integer draftVersion, List<CitationGap> citations) {
}
