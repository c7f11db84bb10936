package org.peaceops.intranet.training.application;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.peaceops.intranet.training.domain.CourseVersion;
import org.peaceops.intranet.training.domain.Lesson;

/**
 * A course got a new draft version, a copy of its current one, with new lesson ids. Fired inside the
 * transaction (observers run synchronously) so that what other parts of training keep by lesson id,
 * such as a lesson's SCORM package, follows the copy without the training model knowing about it.
 *
 * @param lessonCopies the id of each lesson of the copied version to the id of its copy
 */
public record CourseRevised(long courseId, int versionNumber, Map<Long, Long> lessonCopies) {

    public CourseRevised {
        lessonCopies = Map.copyOf(lessonCopies);
    }

    /** Pairs lessons by position: a copy keeps every module and lesson in the same order. */
    static CourseRevised of(long courseId, CourseVersion from, CourseVersion copy) {
        List<Lesson> original = from.lessons();
        List<Lesson> copied = copy.lessons();
        if (original.size() != copied.size()) {
            throw new IllegalStateException("A copied version has " + copied.size() + " lessons, not " + original.size());
        }
        Map<Long, Long> pairs = new LinkedHashMap<>();
        for (int i = 0; i < original.size(); i++) {
            pairs.put(original.get(i).getId(), copied.get(i).getId());
        }
        return new CourseRevised(courseId, copy.getNumber(), pairs);
    }
}
