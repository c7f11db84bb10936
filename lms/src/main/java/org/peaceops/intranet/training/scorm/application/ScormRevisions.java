package org.peaceops.intranet.training.scorm.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.peaceops.intranet.training.application.CourseRevised;
import org.peaceops.intranet.training.scorm.domain.ScormRepository;

/**
 * A course's next version plays the packages of the version it was copied from, without a new import:
 * each lesson's package versions are carried to its copy (same numbers, same publication). Learners in
 * progress keep their attempts on the old lesson.
 */
@ApplicationScoped
public class ScormRevisions {

    @Inject
    ScormRepository scorm;

    public void carry(@Observes CourseRevised event) {
        event.lessonCopies().forEach((from, to) ->
                scorm.versionsOf(from).forEach(v -> scorm.add(v.copyFor(to))));
    }
}
