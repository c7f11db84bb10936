package org.peaceops.intranet.web.training;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.training.application.CourseAuthoring;
import org.peaceops.intranet.training.application.CourseContent;
import org.peaceops.intranet.training.application.CourseSummary;
import org.peaceops.intranet.training.domain.DeliveryMode;
import org.peaceops.intranet.training.domain.QuestionKind;
import org.peaceops.intranet.training.domain.TrainingPhase;
import org.peaceops.intranet.web.security.CurrentUser;
import org.peaceops.intranet.web.shell.PageFeedback;

/**
 * The course editor: catalogue entry, modules and lessons, guidance citations (through the
 * {@link CitationPicker}), the quiz, publish and retire. Every change goes to the draft version.
 */
@Named
@ViewScoped
public class CourseEditorPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CourseAuthoring authoring;

    @Inject
    CurrentUser user;

    @Inject
    PageFeedback feedback;

    @Inject
    CitationPicker picker;

    private Long id;
    private CourseContent content;
    private boolean missing;
    private final DescriptionForm description = new DescriptionForm();
    private String moduleTitle;
    private Long lessonModule;
    private String lessonTitle;
    private String lessonHtml;
    private Long attachLesson;
    private QuestionKind questionKind = QuestionKind.SINGLE_CHOICE;
    private String questionText;
    private final String[] options = new String[4];
    private List<String> rightOptions = new ArrayList<>();
    private String trueFalseAnswer = "true";
    private int passMark;
    private int attemptLimit;
    private boolean shuffle;

    /** f:viewAction: a course the trainer may not manage is answered like a missing one. */
    public void load() {
        if (id == null || !refresh()) {
            missing = true;
        }
    }

    private boolean refresh() {
        return feedback.run(() -> {
            content = authoring.content(profile(), id);
            description.fill(content.course());
            passMark = content.passMarkPercent();
            attemptLimit = content.attemptLimit();
            shuffle = content.shuffleQuestions();
            if (lessonModule == null && !content.modules().isEmpty()) {
                lessonModule = content.modules().get(content.modules().size() - 1).id();
            }
        }, null);
    }

    private Caller profile() {
        return user.caller().orElseThrow();
    }

    private void change(Runnable action, String successKey) {
        if (feedback.run(action, successKey)) {
            refresh();
        }
    }

    public void saveDescription() {
        change(() -> authoring.describe(profile(), id, description.toDescription()), "editor.saved");
    }

    public void openDraft() {
        change(() -> authoring.openDraft(profile(), id), "editor.draftOpened");
    }

    public void addModule() {
        change(() -> authoring.addModule(profile(), id, moduleTitle), "editor.moduleAdded");
        moduleTitle = null;
        if (!content.modules().isEmpty()) {
            lessonModule = content.modules().get(content.modules().size() - 1).id();
        }
    }

    public void addLesson() {
        if (lessonModule == null) {
            feedback.error("editor.moduleFirst");
            return;
        }
        if (feedback.run(() -> authoring.addLesson(profile(), id, lessonModule, lessonTitle, lessonHtml), "editor.lessonAdded")) {
            lessonTitle = null;
            lessonHtml = null;
            refresh();
        }
    }

    public void removeLesson(long lessonId) {
        change(() -> authoring.removeLesson(profile(), id, lessonId), "editor.removed");
    }

    public void removeModule(long moduleId) {
        change(() -> authoring.removeModule(profile(), id, moduleId), "editor.removed");
    }

    public void cite() {
        if (picker.getChosen() == null || picker.getVersion() == null) {
            feedback.error("editor.chooseGuidance");
            return;
        }
        long documentId = picker.getChosen().getDocumentId();
        int version = picker.getVersion();
        if (feedback.run(() -> authoring.cite(profile(), id, documentId, version), "editor.cited")) {
            picker.reset();
            refresh();
        }
    }

    /** Attaches the document version chosen in the picker to a lesson. */
    public void attach() {
        if (picker.getChosen() == null || picker.getVersion() == null || attachLesson == null) {
            feedback.error("editor.chooseGuidance");
            return;
        }
        long documentId = picker.getChosen().getDocumentId();
        int version = picker.getVersion();
        long lessonId = attachLesson;
        if (feedback.run(() -> authoring.attach(profile(), id, lessonId, documentId, version), "editor.attached")) {
            picker.reset();
            refresh();
        }
    }

    public void detach(long lessonId) {
        change(() -> authoring.detach(profile(), id, lessonId), "editor.removed");
    }

    public Long getAttachLesson() {
        return attachLesson;
    }

    public void setAttachLesson(Long attachLesson) {
        this.attachLesson = attachLesson;
    }

    public void uncite(long documentId) {
        change(() -> authoring.uncite(profile(), id, documentId), "editor.removed");
    }

    public void addQuestion() {
        Set<Integer> right = new TreeSet<>();
        if (questionKind == QuestionKind.TRUE_FALSE) {
            right.add("true".equals(trueFalseAnswer) ? 0 : 1);
        } else {
            rightOptions.forEach(r -> right.add(Integer.parseInt(r)));
        }
        if (feedback.run(() -> authoring.addQuestion(profile(), id, questionKind, questionText,
                Arrays.asList(options), right), "editor.questionAdded")) {
            questionText = null;
            Arrays.fill(options, null);
            rightOptions = new ArrayList<>();
            refresh();
        }
    }

    public void removeQuestion(long questionId) {
        change(() -> authoring.removeQuestion(profile(), id, questionId), "editor.removed");
    }

    public void saveQuiz() {
        change(() -> authoring.configureQuiz(profile(), id, passMark, attemptLimit, shuffle), "editor.saved");
    }

    public void publish() {
        change(() -> authoring.publish(profile(), id), "editor.published");
    }

    public void retire() {
        change(() -> authoring.retire(profile(), id), "editor.retired");
    }

    public boolean isEditable() {
        return content != null && !content.published() && !"RETIRED".equals(content.course().status());
    }

    public TrainingPhase[] getPhases() {
        return TrainingPhase.values();
    }

    public DeliveryMode[] getDeliveryModes() {
        return DeliveryMode.values();
    }

    public QuestionKind[] getQuestionKinds() {
        return QuestionKind.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public CourseContent getContent() {
        return content;
    }

    public CourseSummary getCourse() {
        return content == null ? null : content.course();
    }

    public boolean isMissing() {
        return missing;
    }

    public DescriptionForm getDescription() {
        return description;
    }

    public String getModuleTitle() {
        return moduleTitle;
    }

    public void setModuleTitle(String moduleTitle) {
        this.moduleTitle = moduleTitle;
    }

    public Long getLessonModule() {
        return lessonModule;
    }

    public void setLessonModule(Long lessonModule) {
        this.lessonModule = lessonModule;
    }

    public String getLessonTitle() {
        return lessonTitle;
    }

    public void setLessonTitle(String lessonTitle) {
        this.lessonTitle = lessonTitle;
    }

    public String getLessonHtml() {
        return lessonHtml;
    }

    public void setLessonHtml(String lessonHtml) {
        this.lessonHtml = lessonHtml;
    }

    public QuestionKind getQuestionKind() {
        return questionKind;
    }

    public void setQuestionKind(QuestionKind questionKind) {
        this.questionKind = questionKind;
    }

    public String getQuestionText() {
        return questionText;
    }

    public void setQuestionText(String questionText) {
        this.questionText = questionText;
    }

    public String[] getOptions() {
        return options;
    }

    public List<String> getRightOptions() {
        return rightOptions;
    }

    public void setRightOptions(List<String> rightOptions) {
        this.rightOptions = rightOptions == null ? new ArrayList<>() : rightOptions;
    }

    public String getTrueFalseAnswer() {
        return trueFalseAnswer;
    }

    public void setTrueFalseAnswer(String trueFalseAnswer) {
        this.trueFalseAnswer = trueFalseAnswer;
    }

    public int getPassMark() {
        return passMark;
    }

    public void setPassMark(int passMark) {
        this.passMark = passMark;
    }

    public int getAttemptLimit() {
        return attemptLimit;
    }

    public void setAttemptLimit(int attemptLimit) {
        this.attemptLimit = attemptLimit;
    }

    public boolean isShuffle() {
        return shuffle;
    }

    public void setShuffle(boolean shuffle) {
        this.shuffle = shuffle;
    }
}
