package org.peaceops.intranet.training.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.peaceops.intranet.shared.schedule.JobClaims;
import org.peaceops.intranet.platform.application.NightlySchedule;
import org.peaceops.intranet.training.domain.Assignment;
import org.peaceops.intranet.training.domain.AssignmentOrigin;
import org.peaceops.intranet.training.domain.AssignmentRepository;
import org.peaceops.intranet.training.domain.Certificate;
import org.peaceops.intranet.training.domain.Course;
import org.peaceops.intranet.training.domain.CourseRepository;
import org.peaceops.intranet.training.domain.RecordRepository;

/**
 * Each night: certificates expiring within the lead time make a recertification assignment, due on
 * the expiry date, once per certificate. On a cluster one instance a night runs it: two at once could
 * both find a certificate not yet owed and assign it twice. It fires at {@code intranet.jobs.nightly-at}
 * ({@link NightlySchedule}).
 */
@Singleton
@Startup
public class Recertification {

    private static final Logger LOG = Logger.getLogger(Recertification.class.getName());

    @Inject
    RecordRepository records;

    @Inject
    CourseRepository courses;

    @Inject
    AssignmentRepository assignments;

    @Inject
    JobClaims claims;

    /** How many days before a certificate expires its holder is assigned the course again. */
    @Inject
    @ConfigProperty(name = "intranet.training.recertification-lead-days", defaultValue = "60")
    int leadDays;

    private final Clock clock = Clock.systemUTC();

    @Inject
    @ConfigProperty(name = NightlySchedule.KEY, defaultValue = NightlySchedule.DEFAULT)
    String nightlyAt;

    @Resource
    TimerService timers;

    @PostConstruct
    void schedule() {
        timers.createCalendarTimer(NightlySchedule.of(nightlyAt), new TimerConfig("recertification", false));
    }

    @Timeout
    public void nightly() {
        if (claims.claim("recertification", LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).toString())) {
            assignDue();
        }
    }

    public int assignDue() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        int assigned = 0;
        for (Certificate certificate : records.expiringBy(today.plusDays(leadDays))) {
            if (!certificate.needsRecertification(today, leadDays)) {
                continue;
            }
            Course course = courses.find(certificate.getCourseId()).orElse(null);
            if (course != null && course.isPublished()
                    && !assignments.owes(certificate.getLearnerSubject(), course.getId())) {
                assignments.add(Assignment.owed(course, certificate.getLearnerSubject(),
                        certificate.getExpiresOn().orElseThrow(), AssignmentOrigin.RECERTIFICATION, now));
                assigned++;
            }
            certificate.recertificationAssigned();
        }
        int n = assigned;
        LOG.info(() -> "Recertification: " + n + " assignment(s) for certificates expiring within " + leadDays + " days");
        return assigned;
    }
}
