package org.peaceops.intranet.training.toolbox;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.peaceops.intranet.toolbox.application.CoursesCitingGuidance;
import org.peaceops.intranet.training.domain.Course;

/**
 * Courses citing a guidance version: those with a published version citing it, each with how many
 * distinct people hold a completion record of that course citing that version (records copy the
 * citations of the version completed, so a later course version citing other guidance does not count).
 * A session bean, not a plain CDI bean: the pages of the web module call it, and the persistence unit
 * {@code training} is found only from a component of this module.
 */
@Stateless
public class TrainingCoursesCitingGuidance implements CoursesCitingGuidance {

    @PersistenceContext(unitName = "training")
    EntityManager em;

    @Override
    public List<CitingCourse> citing(long documentId, int versionNumber) {
        List<Course> courses = em.createQuery("select distinct v.course from CourseVersion v join v.citations c"
                        + " where v.published = true and c.documentId = :doc and c.versionNumber = :version",
                        Course.class)
                .setParameter("doc", documentId).setParameter("version", versionNumber).getResultList();
        return courses.stream()
                .sorted(java.util.Comparator.comparing(Course::getCode))
                .map(course -> new CitingCourse(course.getId(), course.getCode(), course.getTitleEn(),
                        course.getTitleFr(), completions(course.getId(), documentId, versionNumber)))
                .toList();
    }

    private long completions(long courseId, long documentId, int versionNumber) {
        return em.createQuery("select count(distinct r.learnerSubject) from TrainingRecord r join r.citations c"
                        + " where r.courseId = :course and c.documentId = :doc and c.versionNumber = :version",
                        Long.class)
                .setParameter("course", courseId).setParameter("doc", documentId).setParameter("version", versionNumber)
                .getSingleResult();
    }
}
