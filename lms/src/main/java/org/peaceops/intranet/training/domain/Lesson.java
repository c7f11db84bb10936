package org.peaceops.intranet.training.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Optional;

/**
 * A lesson: a title, rich text sanitised on the way in, and optionally a file of the repository (by
 * guidance id and version) to read with it. A lesson copied into a course's next version knows the one it
 * was copied from, so what a learner began on the earlier version can be found from the new one.
 */
@Entity
@Table(name = "lesson", schema = "training")
public class Lesson {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "lesson_seq")
    @SequenceGenerator(name = "lesson_seq", sequenceName = "training.course_content_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "module_id")
    private CourseModule module;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "body_html", length = 200000)
    private String bodyHtml;

    @Column(name = "attachment_document_id")
    private Long attachmentDocumentId;

    @Column(name = "attachment_version_number")
    private Integer attachmentVersionNumber;

    /** The lesson of the previous course version this one is a copy of; {@code null} for a new lesson. */
    @Column(name = "copied_from_id", updatable = false)
    private Long copiedFromId;

    protected Lesson() {
        // for JPA
    }

    Lesson(CourseModule module, String title, String html) {
        this.module = module;
        this.title = CourseModule.checkedTitle(title);
        this.bodyHtml = LessonHtml.sanitise(html);
    }

    Lesson copyFor(CourseModule target) {
        Lesson copy = new Lesson(target, title, bodyHtml);
        copy.attachmentDocumentId = attachmentDocumentId;
        copy.attachmentVersionNumber = attachmentVersionNumber;
        copy.copiedFromId = id;
        return copy;
    }

    void rewrite(String newTitle, String html) {
        this.title = CourseModule.checkedTitle(newTitle);
        this.bodyHtml = LessonHtml.sanitise(html);
    }

    void attach(Long documentId, Integer versionNumber) {
        this.attachmentDocumentId = documentId;
        this.attachmentVersionNumber = documentId == null ? null : versionNumber;
    }

    public Long getId() {
        return id;
    }

    public CourseModule getModule() {
        return module;
    }

    public String getTitle() {
        return title;
    }

    /** Already sanitised: safe to render as HTML. */
    public String getBodyHtml() {
        return bodyHtml;
    }

    public Optional<Long> getAttachmentDocumentId() {
        return Optional.ofNullable(attachmentDocumentId);
    }

    public Optional<Integer> getAttachmentVersionNumber() {
        return Optional.ofNullable(attachmentVersionNumber);
    }

    /** The lesson of the earlier course version this one was copied from, if it was. */
    public Optional<Long> getCopiedFromId() {
        return Optional.ofNullable(copiedFromId);
    }
}
