package org.peaceops.intranet.toolbox.application;

import java.io.Serializable;
import java.util.List;

/**
 * The last link of the chain, answered by the training context (which knows the courses and who
 * completed them; the Toolbox does not depend on it): the published courses whose versions cite a
 * guidance version, with how many people completed each on a version citing it.
 */
public interface CoursesCitingGuidance {

    List<CitingCourse> citing(long documentId, int versionNumber);

    /** A course citing the guidance version, and how many distinct people completed it. */
    record CitingCourse(long courseId, String code, String titleEn, String titleFr, long completions)
            implements Serializable {
    }
}
