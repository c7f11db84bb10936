package org.peaceops.intranet.training.session.domain;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicLong;
import org.peaceops.intranet.training.domain.Course;
import org.peaceops.intranet.training.domain.CourseModule;
import org.peaceops.intranet.training.domain.CourseVersion;
import org.peaceops.intranet.training.domain.DeliveryMode;
import org.peaceops.intranet.training.domain.TrainingPhase;

/** Courses and sessions as the database would hand them back (ids given). */
public final class SessionFixtures {

    public static final Instant NOW = Instant.parse("2026-11-20T09:00:00Z");
    private static final AtomicLong IDS = new AtomicLong(5000);

    private SessionFixtures() {
    }

    /** A published course delivered as given, one lesson. */
    public static Course course(String code, DeliveryMode mode) {
        Course course = new Course(code, "Protection of civilians " + code, null, TrainingPhase.IN_MISSION);
        course.describe(course.getTitleEn(), null, null, null, TrainingPhase.IN_MISSION, null, 120, mode, 12);
        CourseVersion v = course.openDraft();
        CourseModule m = v.addModule("Day one");
        v.addLesson(m, "Briefing", "<p>Briefing</p>");
        course.publish(NOW, "trainer");
        return withId(course);
    }

    /** A classroom session of {@code capacity} seats in UNMISS (Juba) at 10:00 local on 1 December 2026. */
    public static TrainingSession session(int capacity) {
        return withId(new TrainingSession(course("POC-1", DeliveryMode.CLASSROOM), "UNMISS",
                new SessionPlan(LocalDateTime.parse("2026-12-01T10:00"), 180, "Tomping, room 2", "sub-trainer",
                        "Tess Trainer", capacity), "sub-trainer", NOW));
    }

    public static <T> T withId(T entity) {
        try {
            Field id = entity.getClass().getDeclaredField("id");
            id.setAccessible(true);
            if (id.get(entity) == null) {
                id.set(entity, IDS.incrementAndGet());
            }
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
