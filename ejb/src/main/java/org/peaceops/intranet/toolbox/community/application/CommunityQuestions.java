package org.peaceops.intranet.toolbox.community.application;

import java.util.List;
import org.peaceops.intranet.shared.Caller;

/**
 * Questions and answers in a community: members ask and answer, moderators approve or reject what
 * members write (pre-moderation) and raise a question for guidance. Each moderation names the row
 * version it was decided on: of two moderators acting at once, the second is told (a conflict).
 */
public interface CommunityQuestions {

    /** Asks, linking the documents picked (each one the caller may read); returns the question's id. */
    long ask(Caller caller, long communityId, String title, String bodyHtml, List<Long> documentIds);

    QuestionView open(Caller caller, long questionId);

    /** Answers a published question; returns the answer's id. The asker is told once it is published. */
    long answer(Caller caller, long questionId, String bodyHtml);

    void moderateQuestion(Caller caller, long questionId, long seenVersion, boolean approve);

    void moderateAnswer(Caller caller, long answerId, long seenVersion, boolean approve);

    /** Links one more guidance document the caller may read (the question's author or a moderator). */
    void linkDocument(Caller caller, long questionId, long documentId);

    /** Guidance the caller may read whose title or reference contains {@code text}, for the pickers. */
    List<LinkedDocument> findDocuments(Caller caller, String text);

    /** Marks the question as needing guidance: a recommendation to the policy office; returns its id. */
    long raiseForGuidance(Caller caller, long questionId, long seenVersion);
}
