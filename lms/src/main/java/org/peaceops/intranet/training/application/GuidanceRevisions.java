package org.peaceops.intranet.training.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.peaceops.intranet.training.domain.Course;
import org.peaceops.intranet.training.domain.CourseRepository;
import org.peaceops.intranet.training.refresher.application.Refreshers;

/**
 * Keeps training aligned with guidance (DOMAIN.md, Training): when a new version of a document comes
 * into force, courses still citing an older version are flagged out of date, and everyone trained on
 * an older version owes a refresher of that course. The refresher is recorded as owed now and assigned
 * once the updated course is published ({@link Refreshers}): before that there is nothing new to learn.
 */
@Stateless
public class GuidanceRevisions {

    private static final Logger LOG = Logger.getLogger(GuidanceRevisions.class.getName());

    @Inject
    CourseRepository courses;

    @Inject
    Refreshers refreshers;

    /** Its own transaction: the promulgation has committed; a failure here must not undo it. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int revised(long documentId, int versionNumber) {
        String reason = "Guidance " + documentId + " version " + versionNumber + " is in force";
        int flagged = 0;
        for (Course course : courses.citingOlderThan(documentId, versionNumber)) {
            flagged += course.markOutOfDate(reason) ? 1 : 0;
        }
        int owed = refreshers.owedAfterRevision(documentId, versionNumber);
        int f = flagged;
        LOG.info(() -> reason + ": " + f + " course(s) flagged out of date, " + owed + " refresher(s) owed");
        return owed;
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
