package org.peaceops.intranet.training.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.peaceops.intranet.training.application.CourseContent.CitationView;
import org.peaceops.intranet.training.domain.TrainingRecord;

/** A completion as shown to the person and to trainers: course, version, guidance versions taught. */
public record RecordView(long id, String learnerName, String courseCode, String courseTitle, int courseVersion,
        String method, Integer scorePercent, Instant completedAt, List<CitationView> citations) implements Serializable {

    static RecordView of(TrainingRecord r) {
        return new RecordView(r.getId(), r.getLearnerName(), r.getCourseCode(), r.getCourseTitle(),
                r.getCourseVersionNumber(), r.getMethod().name(), r.getScorePercent().orElse(null), r.getCompletedAt(),
                r.getCitations().stream().map(CitationView::of).toList());
    }
}
