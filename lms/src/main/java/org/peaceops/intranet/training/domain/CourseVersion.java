package org.peaceops.intranet.training.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One version of a course: its modules and lessons, the guidance it cites (each pinned to a version)
 * and its quiz. A draft changes freely; once published it never changes, so that a completion record
 * can say exactly what the person was taught.
 */
@Entity
@Table(name = "course_version", schema = "training")
public class CourseVersion {

    public static final int DEFAULT_PASS_MARK = 80;
    public static final int DEFAULT_ATTEMPT_LIMIT = 3;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "course_version_seq")
    @SequenceGenerator(name = "course_version_seq", sequenceName = "training.course_content_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "course_id")
    private Course course;

    @Column(nullable = false)
    private int number;

    @Column(nullable = false)
    private boolean published;

    /** UTC wall-clock time, as elsewhere in the schema. */
    @Column(name = "published_at")
    private LocalDateTime publishedAt;

    @Column(name = "published_by", length = 255)
    private String publishedBy;

    @Column(name = "pass_mark_percent", nullable = false)
    private int passMarkPercent = DEFAULT_PASS_MARK;

    /** 0: no limit. */
    @Column(name = "attempt_limit", nullable = false)
    private int attemptLimit = DEFAULT_ATTEMPT_LIMIT;

    @Column(name = "shuffle_questions", nullable = false)
    private boolean shuffleQuestions = true;

    @OneToMany(mappedBy = "version", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderColumn(name = "position")
    private List<CourseModule> modules = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "guidance_citation", schema = "training", joinColumns = @JoinColumn(name = "course_version_id"))
    @OrderColumn(name = "position")
    private List<GuidanceCitation> citations = new ArrayList<>();

    @OneToMany(mappedBy = "version", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderColumn(name = "position")
    private List<QuizQuestion> questions = new ArrayList<>();

    protected CourseVersion() {
        // for JPA
    }

    CourseVersion(Course course, int number) {
        this.course = course;
        this.number = number;
    }

    CourseVersion copyAs(int nextNumber) {
        CourseVersion next = new CourseVersion(course, nextNumber);
        modules.forEach(m -> next.modules.add(m.copyFor(next)));
        citations.forEach(c -> next.citations.add(c.copy()));
        questions.forEach(q -> next.questions.add(q.copyFor(next)));
        next.passMarkPercent = passMarkPercent;
        next.attemptLimit = attemptLimit;
        next.shuffleQuestions = shuffleQuestions;
        return next;
    }

    void publish(Instant at, String by) {
        requireDraft();
        if (lessons().isEmpty()) {
            throw new TrainingRuleException("training.error.noLessons", "A course needs at least one lesson to be published");
        }
        published = true;
        publishedAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
        publishedBy = Objects.requireNonNull(by, "by");
    }

    private void requireDraft() {
        if (published) {
            throw new TrainingRuleException("training.error.published",
                    "Version " + number + " of " + course.getCode() + " is published and does not change");
        }
    }

    public CourseModule addModule(String title) {
        requireDraft();
        CourseModule module = new CourseModule(this, title);
        modules.add(module);
        return module;
    }

    public Lesson addLesson(CourseModule module, String title, String html) {
        requireDraft();
        return own(module).addLesson(title, html);
    }

    public void rewriteLesson(Lesson lesson, String title, String html) {
        requireDraft();
        own(lesson.getModule());
        lesson.rewrite(title, html);
    }

    public void attachToLesson(Lesson lesson, Long documentId, Integer versionNumber) {
        requireDraft();
        own(lesson.getModule());
        lesson.attach(documentId, versionNumber);
    }

    public void removeLesson(Lesson lesson) {
        requireDraft();
        own(lesson.getModule()).removeLesson(lesson);
    }

    public void removeModule(CourseModule module) {
        requireDraft();
        modules.remove(own(module));
    }

    private CourseModule own(CourseModule module) {
        if (!modules.contains(module)) {
            throw new IllegalArgumentException("Module of another version");
        }
        return module;
    }

    /** Cites a guidance version; citing another version of the same document replaces the old citation. */
    public void cite(GuidanceCitation citation) {
        requireDraft();
        citations.removeIf(c -> c.getDocumentId() == citation.getDocumentId());
        citations.add(citation);
    }

    public void uncite(long documentId) {
        requireDraft();
        citations.removeIf(c -> c.getDocumentId() == documentId);
    }

    public QuizQuestion addQuestion(QuestionKind kind, String text, List<AnswerOption> options) {
        requireDraft();
        QuizQuestion question = new QuizQuestion(this, kind, text, options);
        questions.add(question);
        return question;
    }

    public void removeQuestion(QuizQuestion question) {
        requireDraft();
        questions.remove(question);
    }

    public void configureQuiz(int passMark, int attempts, boolean shuffle) {
        requireDraft();
        if (passMark < 0 || passMark > 100) {
            throw new TrainingRuleException("training.error.passMark", "The pass mark is a percentage (0-100)");
        }
        if (attempts < 0) {
            throw new TrainingRuleException("training.error.attempts", "The attempt limit cannot be negative");
        }
        this.passMarkPercent = passMark;
        this.attemptLimit = attempts;
        this.shuffleQuestions = shuffle;
    }

    /** Every lesson, module by module. */
    public List<Lesson> lessons() {
        return modules.stream().flatMap(m -> m.getLessons().stream()).toList();
    }

    public Optional<Lesson> lesson(long lessonId) {
        return lessons().stream().filter(l -> l.getId() != null && l.getId() == lessonId).findFirst();
    }

    public Optional<QuizQuestion> question(long questionId) {
        return questions.stream().filter(q -> q.getId() != null && q.getId() == questionId).findFirst();
    }

    public Optional<CourseModule> module(long moduleId) {
        return modules.stream().filter(m -> m.getId() != null && m.getId() == moduleId).findFirst();
    }

    public boolean hasQuiz() {
        return !questions.isEmpty();
    }

    /** The rules for the quiz of this version. */
    public QuizRules quizRules() {
        return new QuizRules(passMarkPercent, attemptLimit, shuffleQuestions);
    }

    public Long getId() {
        return id;
    }

    public Course getCourse() {
        return course;
    }

    public int getNumber() {
        return number;
    }

    public boolean isPublished() {
        return published;
    }

    public Optional<Instant> getPublishedAt() {
        return Optional.ofNullable(publishedAt).map(t -> t.toInstant(ZoneOffset.UTC));
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public List<CourseModule> getModules() {
        return Collections.unmodifiableList(modules);
    }

    public List<GuidanceCitation> getCitations() {
        return Collections.unmodifiableList(citations);
    }

    public List<QuizQuestion> getQuestions() {
        return Collections.unmodifiableList(questions);
    }
}
