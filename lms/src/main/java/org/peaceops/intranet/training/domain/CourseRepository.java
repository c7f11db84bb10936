package org.peaceops.intranet.training.domain;

import java.util.List;
import java.util.Optional;

/** Where courses are kept, with their versions. */
public interface CourseRepository {

    long countByStatus(CourseStatus status);

    Optional<Course> find(long id);

    boolean codeTaken(String code);

    void add(Course course);

    /** Courses of the given mission scopes (all when {@code scopes} is empty), drafts included. */
    List<Course> ofScopes(List<String> scopes);

    List<Course> published();

    /** Courses whose current published version cites an older version of the document. */
    List<Course> citingOlderThan(long documentId, int versionNumber);

    Optional<CourseVersion> findVersion(long versionId);
}
