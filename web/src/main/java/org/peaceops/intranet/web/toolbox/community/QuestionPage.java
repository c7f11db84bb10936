package org.peaceops.intranet.web.toolbox.community;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.toolbox.community.application.AnswerView;
import org.peaceops.intranet.toolbox.community.application.CommunityQuestions;
import org.peaceops.intranet.toolbox.community.application.LinkedDocument;
import org.peaceops.intranet.toolbox.community.application.QuestionView;
import org.peaceops.intranet.web.security.CurrentUser;
import org.peaceops.intranet.web.shell.PageFeedback;

/**
 * {@code /toolbox/question.xhtml?id=..}: one question with the answers the reader may see, the guidance
 * it links to that they may read, the answer form, and for moderators approving or rejecting (each
 * confirmed, each on the version shown: a moderator who acted second is told) and raising the question
 * for guidance.
 */
@Named
@ViewScoped
public class QuestionPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CommunityQuestions questions;

    @Inject
    CurrentUser user;

    @Inject
    PageFeedback feedback;

    private Long id;
    private QuestionView question;
    private String answer;
    private String document;
    private final DocumentPicker picker = new DocumentPicker();

    public void load() {
        reload();
    }

    private void reload() {
        question = null;
        if (id != null) {
            QuestionView[] found = new QuestionView[1];
            if (feedback.runQuietly(() -> found[0] = questions.open(caller(), id))) {
                question = found[0];
            }
        }
    }

    private Caller caller() {
        return user.caller().orElseThrow();
    }

    public void submitAnswer() {
        boolean published = question.moderator();
        if (feedback.runOn(r -> r.field() == null ? null : "answerForm:" + r.field(),
                () -> questions.answer(caller(), id, answer))) {
            feedback.note(published ? "community.answer.published" : "community.answer.pending");
            answer = null;
            reload();
        }
    }

    public void approveQuestion() {
        moderateQuestion(true);
    }

    public void rejectQuestion() {
        moderateQuestion(false);
    }

    private void moderateQuestion(boolean approve) {
        feedback.run(() -> questions.moderateQuestion(caller(), id, question.rowVersion(), approve),
                approve ? "community.moderation.approved" : "community.moderation.rejected");
        reload();
    }

    public void approveAnswer(AnswerView a) {
        feedback.run(() -> questions.moderateAnswer(caller(), a.id(), a.rowVersion(), true), "community.moderation.approved");
        reload();
    }

    public void rejectAnswer(AnswerView a) {
        feedback.run(() -> questions.moderateAnswer(caller(), a.id(), a.rowVersion(), false),
                "community.moderation.rejected");
        reload();
    }

    public void raiseForGuidance() {
        feedback.run(() -> questions.raiseForGuidance(caller(), id, question.rowVersion()), "community.guidance.raised");
        reload();
    }

    public void linkDocument() {
        List<Long> picked = DocumentPicker.ids(document == null ? List.of() : List.of(document), picker::offered);
        if (picked.isEmpty()) {
            feedback.error("community.question.pickDocument");
            return;
        }
        if (feedback.run(() -> questions.linkDocument(caller(), id, picked.get(0)), "community.question.linked")) {
            document = null;
            reload();
        }
    }

    public List<String> completeDocument(String text) {
        return picker.offer(feedback.valueOr(() -> questions.findDocuments(caller(), text), List.<LinkedDocument>of()));
    }

    public String documentLabel(String key) {
        return picker.label(key);
    }

    public boolean isMissing() {
        return question == null;
    }

    public QuestionView getQuestion() {
        return question;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }

    public String getDocument() {
        return document;
    }

    public void setDocument(String document) {
        this.document = document;
    }
}
