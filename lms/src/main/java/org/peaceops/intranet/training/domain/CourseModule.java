package org.peaceops.intranet.training.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A module of a course version: a titled, ordered group of lessons. */
@Entity
@Table(name = "course_module", schema = "training")
public class CourseModule {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "course_module_seq")
    @SequenceGenerator(name = "course_module_seq", sequenceName = "training.course_content_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "course_version_id")
    private CourseVersion version;

    @Column(nullable = false, length = 200)
    private String title;

    @OneToMany(mappedBy = "module", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderColumn(name = "position")
    private List<Lesson> lessons = new ArrayList<>();

    protected CourseModule() {
        // for JPA
    }

    CourseModule(CourseVersion version, String title) {
        this.version = version;
        this.title = checkedTitle(title);
    }

    static String checkedTitle(String title) {
        if (title == null || title.isBlank()) {
            throw new TrainingRuleException("training.error.title", "A title is required");
        }
        if (title.strip().length() > 200) {
            throw new TrainingRuleException("training.error.titleLength", "A title is limited to 200 characters");
        }
        return title.strip();
    }

    CourseModule copyFor(CourseVersion target) {
        CourseModule copy = new CourseModule(target, title);
        lessons.forEach(l -> copy.lessons.add(l.copyFor(copy)));
        return copy;
    }

    Lesson addLesson(String lessonTitle, String html) {
        Lesson lesson = new Lesson(this, lessonTitle, html);
        lessons.add(lesson);
        return lesson;
    }

    boolean removeLesson(Lesson lesson) {
        return lessons.remove(lesson);
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public List<Lesson> getLessons() {
        return Collections.unmodifiableList(lessons);
    }
}
