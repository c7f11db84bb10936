package org.peaceops.intranet.training.application;

import java.io.Serializable;
import java.util.List;
import java.util.Set;
import org.peaceops.intranet.training.domain.AnswerOption;
import org.peaceops.intranet.training.domain.CourseVersion;
import org.peaceops.intranet.training.domain.GuidanceCitation;
import org.peaceops.intranet.training.domain.Lesson;
import org.peaceops.intranet.training.domain.QuizQuestion;

/**
 * One version of a course as a page shows it: modules and lessons, citations, quiz. For learners the
 * right answers are left out ({@code rightOptions} empty).
 */
public record CourseContent(CourseSummary course, long versionId, int versionNumber, boolean published,
        List<ModuleView> modules, List<CitationView> citations, List<QuestionView> questions, int passMarkPercent,
        int attemptLimit, boolean shuffleQuestions) implements Serializable {

    public record ModuleView(long id, String title, List<LessonView> lessons) implements Serializable {
    }

    /** {@code bodyHtml} was sanitised when written. */
    public record LessonView(long id, String title, String bodyHtml, Long attachmentDocumentId,
            Integer attachmentVersionNumber) implements Serializable {
    }

    public record CitationView(long documentId, int versionNumber, String referenceNumber, String title)
            implements Serializable {
        static CitationView of(GuidanceCitation c) {
            return new CitationView(c.getDocumentId(), c.getVersionNumber(), c.getReferenceNumber(), c.getTitle());
        }
    }

    public record QuestionView(long id, String kind, String text, List<String> options, Set<Integer> rightOptions)
            implements Serializable {
        public boolean multiple() {
            return "MULTIPLE_CHOICE".equals(kind);
        }
    }

    static CourseContent of(CourseVersion v, boolean withAnswers) {
        List<ModuleView> modules = v.getModules().stream().map(m -> new ModuleView(m.getId(), m.getTitle(),
                m.getLessons().stream().map(CourseContent::lesson).toList())).toList();
        List<QuestionView> questions = v.getQuestions().stream().map(q -> question(q, withAnswers)).toList();
        var rules = v.quizRules();
        return new CourseContent(CourseSummary.of(v.getCourse()), v.getId(), v.getNumber(), v.isPublished(), modules,
                v.getCitations().stream().map(CitationView::of).toList(), questions, rules.passMarkPercent(),
                rules.attemptLimit(), rules.shuffle());
    }

    static QuestionView question(QuizQuestion q, boolean withAnswers) {
        return new QuestionView(q.getId(), q.getKind().name(), q.getText(),
                q.getOptions().stream().map(AnswerOption::getText).toList(),
                withAnswers ? q.rightOptions() : Set.of());
    }

    private static LessonView lesson(Lesson l) {
        return new LessonView(l.getId(), l.getTitle(), l.getBodyHtml(), l.getAttachmentDocumentId().orElse(null),
                l.getAttachmentVersionNumber().orElse(null));
    }

    public List<LessonView> lessons() {
        return modules.stream().flatMap(m -> m.lessons().stream()).toList();
    }

    public boolean hasQuiz() {
        return !questions.isEmpty();
    }
}
