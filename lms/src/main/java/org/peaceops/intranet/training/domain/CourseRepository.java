package org.peaceops.intranet.training.domain;

import java.util.List;
import java.util.Optional;

/** Where courses are kept, with their versions. */
public interface CourseRepository {

    long countByStatus(CourseStatus status);

    Optional<Course> find(long id);

    boolean codeTaken(String code);

    void add(Course course);

    /** Gives ids to what was added to kept courses in this transaction (a new version's lessons). */
    void assignIds();

    /** Courses of the given mission scopes (all when {@code scopes} is empty), drafts included. */
    List<Course> ofScopes(List<String> scopes);

    List<Course> published();

    /** Courses whose current published version cites an older version of the document. */
    List<Course> citingOlderThan(long documentId, int versionNumber);

    Optional<CourseVersion> findVersion(long versionId);

    /** Courses flagged out of date in the given scopes (all when {@code scopes} is empty), a page at a time. */
    List<Course> outOfDate(List<String> scopes, CourseOrder order, boolean ascending, int first, int max);

    long countOutOfDate(List<String> scopes);
}
