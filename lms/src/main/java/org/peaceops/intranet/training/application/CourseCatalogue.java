package org.peaceops.intranet.training.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.peaceops.intranet.documents.application.GuidanceQueries;
import org.peaceops.intranet.documents.application.GuidanceSummary;
import org.peaceops.intranet.documents.application.VersionDetail;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.shared.MissionScope;
import org.peaceops.intranet.training.domain.CourseRepository;
import org.peaceops.intranet.training.domain.CourseStatus;

/**
 * The course catalogue: what learners may take (published courses), what a trainer manages (the
 * courses of their scope, and headquarters' published courses they may assign), and the guidance
 * picker that searches the repository through its public service, with the reader's permissions.
 */
@Stateless
public class CourseCatalogue {

    static final int PICKER_SIZE = 20;

    @Inject
    CourseRepository courses;

    @Inject
    TrainingAccess access;

    @Inject
    GuidanceQueries guidance;

    public long publishedCourseCount() {
        return courses.countByStatus(CourseStatus.PUBLISHED);
    }

    public List<CourseSummary> published() {
        return courses.published().stream().map(CourseSummary::of).toList();
    }

    /** The trainer's catalogue: every course of their scopes, drafts included. */
    public List<CourseSummary> managed(Caller user) {
        MissionScope managed = access.managedMissions(user);
        if (managed.isNone()) {
            return List.of();
        }
        // The repository reads no scopes as every scope.
        List<String> scopes = new ArrayList<>(managed.missions());
        if (!managed.isEveryMission()) {
            scopes.add(Caller.HEADQUARTERS);
        }
        return courses.ofScopes(scopes).stream()
                .filter(c -> access.mayManage(user, c.getMissionScope()) || c.isPublished())
                .map(CourseSummary::of).toList();
    }

    public CourseSummary summary(long courseId) {
        return courses.find(courseId).map(CourseSummary::of)
                .orElseThrow(() -> new TrainingNotFoundException("course " + courseId));
    }

    /** Guidance the person may read whose title or reference contains the text: the citation picker. */
    public List<GuidanceSummary> findGuidance(Caller user, String text) {
        return guidance.findByText(user, text, PICKER_SIZE);
    }

    /** The versions of a document, newest first, to pin a citation to one. */
    public List<VersionDetail> guidanceVersions(Caller user, long documentId) {
        List<VersionDetail> versions = new ArrayList<>(guidance.get(user, documentId).getVersions());
        java.util.Collections.reverse(versions);
        return versions;
    }
}
