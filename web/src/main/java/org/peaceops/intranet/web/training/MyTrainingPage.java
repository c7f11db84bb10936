package org.peaceops.intranet.web.training;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.peaceops.intranet.training.application.CourseCatalogue;

/** "My training": what a person is assigned and has completed (grows with the training issue). */
@Named
@RequestScoped
public class MyTrainingPage {

    @Inject
    CourseCatalogue courses;

    public long getPublishedCourseCount() {
        return courses.publishedCourseCount();
    }
}
