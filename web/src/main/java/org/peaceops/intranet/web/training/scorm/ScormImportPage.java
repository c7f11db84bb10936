package org.peaceops.intranet.web.training.scorm;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.training.scorm.application.PackagePreview;
import org.peaceops.intranet.training.scorm.application.ScormLessons;
import org.peaceops.intranet.web.security.CurrentUser;
import org.peaceops.intranet.web.shell.PageFeedback;
import org.primefaces.model.file.UploadedFile;

/**
 * {@code /training/manage/scorm.xhtml?course=..&lesson=..}: a trainer uploads a SCORM package into a lesson,
 * sees what its manifest says (title, edition, SCOs, mastery scores), and publishes it; a refused package
 * says why. Earlier versions are listed: learners in progress stay on theirs.
 */
@Named
@ViewScoped
public class ScormImportPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ScormLessons lessons;

    @Inject
    CurrentUser user;

    @Inject
    PageFeedback feedback;

    private Long course;
    private Long lesson;
    private boolean missing;
    private List<PackagePreview> versions = List.of();
    private PackagePreview imported;
    private transient UploadedFile file;

    /** f:viewAction: a lesson the trainer does not manage is answered like one that does not exist. */
    public void load() {
        missing = course == null || lesson == null || !feedback.runQuietly(this::reload);
    }

    private void reload() {
        versions = lessons.versions(profile(), course, lesson);
    }

    public void upload() {
        if (file == null || file.getSize() == 0) {
            feedback.note("scorm.import.noFile");
            return;
        }
        feedback.run(() -> {
            try (InputStream in = file.getInputStream()) {
                imported = lessons.importPackage(profile(), course, lesson, in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, "scorm.import.checked");
        feedback.runQuietly(this::reload);
    }

    public void publish(int versionNumber) {
        feedback.run(() -> imported = lessons.publish(profile(), course, lesson, versionNumber), "scorm.import.published");
        feedback.runQuietly(this::reload);
    }

    private Caller profile() {
        return user.caller().orElseThrow();
    }

    public boolean isMissing() {
        return missing;
    }

    public List<PackagePreview> getVersions() {
        return versions;
    }

    public PackagePreview getImported() {
        return imported;
    }

    public Long getCourse() {
        return course;
    }

    public void setCourse(Long course) {
        this.course = course;
    }

    public Long getLesson() {
        return lesson;
    }

    public void setLesson(Long lesson) {
        this.lesson = lesson;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}
