package org.peaceops.intranet.training.domain;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/** Builds courses as the database would hand them back: ids given (JPA assigns them on persist). */
final class Fixtures {

    static final Instant NOW = Instant.parse("2026-11-20T09:00:00Z");
    private static final AtomicLong IDS = new AtomicLong(1000);

    private Fixtures() {
    }

    /** A published course, one module with two lessons, citing 2007.04 v2, one quiz question of each kind. */
    static Course publishedCourse() {
        Course course = new Course("PKO-101", "Core pre-deployment training", null, TrainingPhase.PRE_DEPLOYMENT);
        CourseVersion v = course.openDraft();
        CourseModule m = v.addModule("Foundations");
        v.addLesson(m, "Mandates", "<p>Mandates</p>");
        v.addLesson(m, "Conduct", "<p>Conduct</p>");
        v.cite(new GuidanceCitation(7, 2, "2007.04", "SOP on conduct"));
        v.addQuestion(QuestionKind.TRUE_FALSE, "Peacekeepers are impartial", QuizQuestion.trueFalse(true));
        v.addQuestion(QuestionKind.SINGLE_CHOICE, "Who approves guidance?",
                java.util.List.of(new AnswerOption("The author", false), new AnswerOption("An approver", true)));
        v.addQuestion(QuestionKind.MULTIPLE_CHOICE, "Phases of training",
                java.util.List.of(new AnswerOption("Induction", true), new AnswerOption("Lunch", false),
                        new AnswerOption("Pre-deployment", true)));
        course.publish(NOW, "trainer");
        return withIds(course);
    }

    static Course withIds(Course course) {
        setId(course);
        for (CourseVersion version : course.getVersions()) {
            setId(version);
            for (CourseModule module : version.getModules()) {
                setId(module);
                module.getLessons().forEach(Fixtures::setId);
            }
            version.getQuestions().forEach(Fixtures::setId);
        }
        return course;
    }

    static <T> T setId(T entity) {
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
