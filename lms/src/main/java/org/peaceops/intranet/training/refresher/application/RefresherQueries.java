package org.peaceops.intranet.training.refresher.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.peaceops.intranet.documents.application.GuidanceDetail;
import org.peaceops.intranet.documents.application.GuidanceQueries;
import org.peaceops.intranet.documents.application.VersionDetail;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.shared.MissionScope;
import org.peaceops.intranet.shared.refusal.AccessDenied;
import org.peaceops.intranet.shared.refusal.Refusal;
import org.peaceops.intranet.training.application.TrainingAccess;
import org.peaceops.intranet.training.domain.Course;
import org.peaceops.intranet.training.domain.CourseOrder;
import org.peaceops.intranet.training.domain.CourseRepository;
import org.peaceops.intranet.training.domain.CourseVersion;
import org.peaceops.intranet.training.domain.GuidanceCitation;
import org.peaceops.intranet.training.refresher.domain.OwedFilter;
import org.peaceops.intranet.training.refresher.domain.OwedOrder;
import org.peaceops.intranet.training.refresher.domain.OwedRefresherRepository;
import org.peaceops.intranet.training.refresher.domain.OwedRefresherRepository.CourseAwaiting;

/**
 * What trainers read about refreshers, within the missions they manage (administrators and headquarters
 * trainers: every mission): who owes one, which courses wait for a confirmation, and which courses are out
 * of date against the guidance in force. Lists are read a page at a time.
 */
@Stateless
public class RefresherQueries {

    /** The largest page anyone gets, whatever they ask for. */
    static final int MAX_PAGE = 500;

    @Inject
    OwedRefresherRepository owed;

    @Inject
    CourseRepository courses;

    @Inject
    TrainingAccess access;

    @Inject
    GuidanceQueries guidance;

    /** People owing a refresher, optionally of one mission and category; empty for a mission not managed. */
    public OwedPage owed(Caller user, String mission, String category, OwedOrder order, boolean ascending, int first,
            int max) {
        OwedFilter filter = filter(user, mission, category);
        int from = Math.max(0, first);
        if (filter == null) {
            return new OwedPage(0, from, List.of());
        }
        List<OwedView> rows = owed.page(filter, order == null ? OwedOrder.NAME : order, ascending, from, size(max))
                .stream().map(OwedView::of).toList();
        return new OwedPage(owed.count(filter), from, rows);
    }

    /** How many people of the caller's missions owe a refresher, with the same filters. */
    public long countOwed(Caller user, String mission, String category) {
        OwedFilter filter = filter(user, mission, category);
        return filter == null ? 0 : owed.count(filter);
    }

    /** How many courses of the caller's scopes are flagged out of date. */
    public long countOutOfDate(Caller user) {
        return courses.countOutOfDate(scopes(managed(user)));
    }

    /** Courses whose refreshers wait for a trainer's confirmation, with how many people of the caller's missions. */
    public List<CourseAwaiting> awaitingConfirmation(Caller user) {
        MissionScope scope = managed(user);
        return owed.awaitingConfirmation(scope.isEveryMission() ? List.of() : scope.missions());
    }

    /** Courses flagged out of date in the caller's scopes (theirs and headquarters'), a page at a time. */
    public OutOfDatePage outOfDate(Caller user, CourseOrder order, boolean ascending, int first, int max) {
        List<String> scopes = scopes(managed(user));
        int from = Math.max(0, first);
        Map<Long, Optional<GuidanceDetail>> documents = new HashMap<>();
        List<OutOfDateCourse> rows = courses.outOfDate(scopes, order == null ? CourseOrder.CODE : order, ascending, from,
                size(max)).stream().map(c -> view(user, c, documents)).toList();
        return new OutOfDatePage(courses.countOutOfDate(scopes), from, rows);
    }

    /** Course scopes a trainer reads: their missions' and headquarters' (none named: every scope). */
    private static List<String> scopes(MissionScope scope) {
        List<String> scopes = new ArrayList<>(scope.missions());
        if (!scope.isEveryMission()) {
            scopes.add(Caller.HEADQUARTERS);
        }
        return scopes;
    }

    private OutOfDateCourse view(Caller user, Course course, Map<Long, Optional<GuidanceDetail>> documents) {
        Optional<CourseVersion> current = course.currentVersion();
        List<CitationGap> gaps = current.map(CourseVersion::getCitations).orElse(List.of()).stream()
                .map(c -> gap(c, documents.computeIfAbsent(c.getDocumentId(), id -> readable(user, id)))).toList();
        return new OutOfDateCourse(course.getId(), course.getCode(), course.getTitleEn(), course.getTitleFr(),
                course.getMissionScope(), course.getOutOfDateReason(), current.map(CourseVersion::getNumber).orElse(null),
                course.draft().map(CourseVersion::getNumber).orElse(null), gaps);
    }

    private static CitationGap gap(GuidanceCitation citation, Optional<GuidanceDetail> document) {
        Integer inForce = document.flatMap(d -> d.getVersions().stream().filter(RefresherQueries::inForce)
                .map(VersionDetail::getNumber).max(Integer::compare)).orElse(null);
        return new CitationGap(citation.getDocumentId(), citation.getReferenceNumber(), citation.getTitle(),
                citation.getVersionNumber(), inForce);
    }

    /** In force: promulgated and not superseded or withdrawn since. */
    private static boolean inForce(VersionDetail v) {
        return v.getInForceFrom() != null && v.getInForceUntil() == null;
    }

    /** The document as the trainer may read it; one they may not is shown from the citation alone. */
    private Optional<GuidanceDetail> readable(Caller user, long documentId) {
        try {
            return Optional.of(guidance.get(user, documentId));
        } catch (Refusal refused) {
            return Optional.empty();
        }
    }

    private OwedFilter filter(Caller user, String mission, String category) {
        MissionScope scope = managed(user);
        String chosen = mission == null || mission.isBlank() ? null : mission.strip().toUpperCase(java.util.Locale.ROOT);
        if (chosen != null && !scope.includes(chosen)) {
            return null;
        }
        return new OwedFilter(scope.isEveryMission() ? List.of() : scope.missions(), chosen, category);
    }

    /** Refuses anyone who manages no mission's training. */
    private MissionScope managed(Caller user) {
        MissionScope scope = access.managedMissions(user);
        if (scope.isNone()) {
            throw new AccessDenied("training.error.denied", "Refreshers are for those who manage training");
        }
        return scope;
    }

    private static int size(int max) {
        return Math.min(Math.max(1, max), MAX_PAGE);
    }
}
