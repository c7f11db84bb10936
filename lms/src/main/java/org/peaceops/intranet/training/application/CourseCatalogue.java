package org.peaceops.intranet.training.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.peaceops.intranet.training.domain.CourseRepository;
import org.peaceops.intranet.training.domain.CourseStatus;

/** The course catalogue as learners see it. */
@Stateless
public class CourseCatalogue {

    @Inject
    CourseRepository courses;

    public long publishedCourseCount() {
        return courses.countByStatus(CourseStatus.PUBLISHED);
    }
}
