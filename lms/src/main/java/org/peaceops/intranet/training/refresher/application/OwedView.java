package org.peaceops.intranet.training.refresher.application;

import java.time.Instant;
import java.time.LocalDate;
import org.peaceops.intranet.training.refresher.domain.OwedRefresher;
import org.peaceops.intranet.training.refresher.domain.RefresherState;

/**
 * One person owing a refresher: the course, the course version and guidance version they were trained on,
 * the version in force, the state and, once assigned, the due date.
 */
public record OwedView(long id, String subject, String name, String mission, String category, long courseId,
        String courseCode, String courseTitle, int trainedVersion, long documentId, String referenceNumber,
        int citedVersion, int revisedVersion, RefresherState state, Instant owedSince, LocalDate dueDate) {

    static OwedView of(OwedRefresher o) {
        return new OwedView(o.getId(), o.getLearnerSubject(), o.getLearnerName(), o.getMission(), o.getCategory(),
                o.getCourseId(), o.getCourseCode(), o.getCourseTitle(), o.getTrainedVersion(), o.getDocumentId(),
                o.getReferenceNumber(), o.getCitedVersion(), o.getRevisedVersion(), o.getState(), o.getOwedSince(),
                o.getDueDate().orElse(null));
    }
}
