package org.peaceops.intranet.training.refresher.domain;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/** Owed refreshers; lists are pages read in the database (a revision may concern a hundred thousand people). */
public interface OwedRefresherRepository {

    void add(OwedRefresher owed);

    /** Keys {@code subject/courseId} of the open refreshers of these courses: one open record per person and course. */
    Set<String> openKeys(Collection<Long> courseIds);

    /** Open refreshers of a course in a state, of people in {@code missions} (empty: every mission). */
    List<OwedRefresher> ofCourse(long courseId, RefresherState state, List<String> missions);

    /** A person's open refreshers of a course. */
    List<OwedRefresher> openOf(String subject, long courseId);

    List<OwedRefresher> page(OwedFilter filter, OwedOrder order, boolean ascending, int first, int max);

    long count(OwedFilter filter);

    /** Courses with refreshers waiting for a trainer's confirmation, of people in {@code missions}. */
    List<CourseAwaiting> awaitingConfirmation(List<String> missions);

    /** A course whose refreshers wait for a trainer's go, and how many people they concern. */
    record CourseAwaiting(long courseId, String courseCode, String courseTitle, long people) {
    }
}
