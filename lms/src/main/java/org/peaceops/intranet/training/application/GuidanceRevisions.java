package org.peaceops.intranet.training.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.peaceops.intranet.training.domain.Assignment;
import org.peaceops.intranet.training.domain.AssignmentOrigin;
import org.peaceops.intranet.training.domain.AssignmentRepository;
import org.peaceops.intranet.training.domain.Course;
import org.peaceops.intranet.training.domain.CourseRepository;
import org.peaceops.intranet.training.domain.RecordRepository;
import org.peaceops.intranet.training.domain.TrainingRecord;

/**
 * Keeps training aligned with guidance (DOMAIN.md, Training): when a new version of a document comes
 * into force, courses still citing an older version are flagged out of date, and everyone trained on
 * an older version owes a refresher of that course.
 */
@Stateless
public class GuidanceRevisions {

    private static final Logger LOG = Logger.getLogger(GuidanceRevisions.class.getName());

    @Inject
    CourseRepository courses;

    @Inject
    RecordRepository records;

    @Inject
    AssignmentRepository assignments;

    /** Days a person has for the refresher after the guidance they were trained on is revised. */
    @Inject
    @ConfigProperty(name = "intranet.training.refresher-days", defaultValue = "90")
    int refresherDays;

    private final Clock clock = Clock.systemUTC();

    /** Its own transaction: the promulgation has committed; a failure here must not undo it. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int revised(long documentId, int versionNumber) {
        String reason = "Guidance " + documentId + " version " + versionNumber + " is in force";
        int flagged = 0;
        for (Course course : courses.citingOlderThan(documentId, versionNumber)) {
            flagged += course.markOutOfDate(reason) ? 1 : 0;
        }
        Instant now = clock.instant();
        LocalDate due = LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(refresherDays);
        Set<String> owed = new HashSet<>();
        int refreshers = 0;
        for (TrainingRecord record : records.citingOlderThan(documentId, versionNumber)) {
            String key = record.getLearnerSubject() + "/" + record.getCourseId();
            if (owed.add(key) && !assignments.owes(record.getLearnerSubject(), record.getCourseId())) {
                Course course = courses.find(record.getCourseId()).orElse(null);
                if (course != null && course.isPublished()) {
                    assignments.add(Assignment.owed(course, record.getLearnerSubject(), due,
                            AssignmentOrigin.GUIDANCE_REVISED, now));
                    refreshers++;
                }
            }
        }
        int f = flagged;
        int r = refreshers;
        LOG.info(() -> reason + ": " + f + " course(s) flagged out of date, " + r + " refresher(s) assigned");
        return refreshers;
    }

    /**
     * A version of the document was withdrawn: courses citing it (or an older one) teach guidance no
     * longer in force and are flagged for their trainers. Nobody owes a refresher: there is nothing new
     * to learn until a replacement is promulgated, which {@link #revised} handles.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int withdrawn(long documentId, int versionNumber) {
        String reason = "Guidance " + documentId + " version " + versionNumber + " was withdrawn";
        int flagged = 0;
        for (Course course : courses.citingOlderThan(documentId, versionNumber + 1)) {
            flagged += course.markOutOfDate(reason) ? 1 : 0;
        }
        int f = flagged;
        LOG.info(() -> reason + ": " + f + " course(s) flagged out of date");
        return flagged;
    }
}
