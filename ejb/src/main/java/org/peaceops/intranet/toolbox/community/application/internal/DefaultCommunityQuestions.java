package org.peaceops.intranet.toolbox.community.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.peaceops.intranet.documents.application.notification.WorkflowNotifications;
import org.peaceops.intranet.documents.domain.notification.NotificationKind;
import org.peaceops.intranet.shared.BilingualText;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.shared.audit.AuditAction;
import org.peaceops.intranet.shared.audit.AuditTrail;
import org.peaceops.intranet.toolbox.community.application.AnswerView;
import org.peaceops.intranet.toolbox.community.application.CommunityNotFoundException;
import org.peaceops.intranet.toolbox.community.application.CommunityQuestions;
import org.peaceops.intranet.toolbox.community.application.GuidanceRequests;
import org.peaceops.intranet.toolbox.community.application.LinkedDocument;
import org.peaceops.intranet.toolbox.community.application.QuestionView;
import org.peaceops.intranet.toolbox.community.application.ReadableGuidance;
import org.peaceops.intranet.toolbox.community.domain.Answer;
import org.peaceops.intranet.toolbox.community.domain.Community;
import org.peaceops.intranet.toolbox.community.domain.CommunityRepository;
import org.peaceops.intranet.toolbox.community.domain.Question;
import org.peaceops.intranet.toolbox.community.domain.QuestionRepository;
import org.peaceops.intranet.toolbox.domain.ToolboxRuleException;

/**
 * Questions and answers. Guidance is linked only if the person linking may read it, and shown only to
 * those who may. A published answer tells the asker in the notifications (and by mail where mail is
 * configured), in the same transaction: a refused step tells nobody.
 */
@Stateless
public class DefaultCommunityQuestions implements CommunityQuestions {

    static final int PICKER_ROWS = 20;

    @Inject
    CommunityRepository communities;

    @Inject
    QuestionRepository questions;

    @Inject
    ReadableGuidance guidance;

    @Inject
    GuidanceRequests guidanceRequests;

    @Inject
    WorkflowNotifications notices;

    @Inject
    AuditTrail audit;

    Clock clock = Clock.systemUTC();

    @Override
    public long ask(Caller caller, long communityId, String title, String bodyHtml, List<Long> documentIds) {
        DefaultCommunities.requirePerson(caller);
        Community community = communities.find(communityId)
                .orElseThrow(() -> new CommunityNotFoundException("community", communityId));
        List<Long> linked = documentIds == null ? List.of() : documentIds;
        linked.forEach(id -> requireReadable(caller, id));
        Question question = questions.store(Question.ask(community, caller.subject(), title, bodyHtml, linked,
                clock.instant()));
        audit.record(caller.subject(), AuditAction.COMMUNITY_QUESTION_ASKED, "community-question",
                String.valueOf(question.getId()), "community " + communityId + ", " + question.status());
        return question.getId();
    }

    @Override
    public QuestionView open(Caller caller, long questionId) {
        DefaultCommunities.requirePerson(caller);
        Question question = visible(caller, questionId);
        Community community = communityOf(question);
        String reader = caller.subject();
        List<LinkedDocument> documents = question.documentIds().stream()
                .map(id -> guidance.readable(caller, id)).flatMap(Optional::stream).toList();
        List<AnswerView> answers = questions.answersTo(questionId).stream()
                .filter(a -> a.isVisibleTo(community, reader))
                .map(a -> new AnswerView(a.getId(), a.body(), a.author(), a.status(), a.createdAt(), a.rowVersion()))
                .toList();
        boolean moderator = community.isModerator(reader);
        return new QuestionView(question.getId(), community.getId(), community.name(), question.title(), question.body(),
                question.author(), question.status(), question.createdAt(), documents, answers,
                community.isMember(reader), moderator, moderator || question.author().equals(reader),
                question.recommendationId().orElse(null), question.rowVersion());
    }

    @Override
    public long answer(Caller caller, long questionId, String bodyHtml) {
        DefaultCommunities.requirePerson(caller);
        Question question = visible(caller, questionId);
        Community community = communityOf(question);
        Answer answer = questions.store(Answer.give(community, question, caller.subject(), bodyHtml, clock.instant()));
        audit.record(caller.subject(), AuditAction.COMMUNITY_ANSWER_GIVEN, "community-answer",
                String.valueOf(answer.getId()), "question " + questionId + ", " + answer.status());
        tellAsker(community, question, answer, caller.subject(), clock.instant());
        return answer.getId();
    }

    @Override
    public void moderateQuestion(Caller caller, long questionId, long seenVersion, boolean approve) {
        DefaultCommunities.requirePerson(caller);
        Question question = visible(caller, questionId);
        Community community = communityOf(question);
        if (approve) {
            question.approve(community, caller.subject(), seenVersion, clock.instant());
        } else {
            question.reject(community, caller.subject(), seenVersion, clock.instant());
        }
        audit.record(caller.subject(), approve ? AuditAction.COMMUNITY_QUESTION_APPROVED
                : AuditAction.COMMUNITY_QUESTION_REJECTED, "community-question", String.valueOf(questionId), "");
    }

    @Override
    public void moderateAnswer(Caller caller, long answerId, long seenVersion, boolean approve) {
        DefaultCommunities.requirePerson(caller);
        Answer answer = questions.findAnswer(answerId)
                .orElseThrow(() -> new CommunityNotFoundException("answer", answerId));
        Question question = visible(caller, answer.questionId());
        Community community = communityOf(question);
        if (!answer.isVisibleTo(community, caller.subject())) {
            throw new CommunityNotFoundException("answer", answerId);
        }
        Instant at = clock.instant();
        if (approve) {
            answer.approve(community, caller.subject(), seenVersion, at);
        } else {
            answer.reject(community, caller.subject(), seenVersion, at);
        }
        audit.record(caller.subject(), approve ? AuditAction.COMMUNITY_ANSWER_APPROVED
                : AuditAction.COMMUNITY_ANSWER_REJECTED, "community-answer", String.valueOf(answerId),
                "question " + question.getId());
        tellAsker(community, question, answer, caller.subject(), at);
    }

    @Override
    public void linkDocument(Caller caller, long questionId, long documentId) {
        DefaultCommunities.requirePerson(caller);
        Question question = visible(caller, questionId);
        requireReadable(caller, documentId);
        question.linkDocument(communityOf(question), caller.subject(), documentId);
        audit.record(caller.subject(), AuditAction.COMMUNITY_DOCUMENT_LINKED, "community-question",
                String.valueOf(questionId), "guidance " + documentId);
    }

    @Override
    public List<LinkedDocument> findDocuments(Caller caller, String text) {
        DefaultCommunities.requirePerson(caller);
        return guidance.find(caller, text == null ? "" : text.strip(), PICKER_ROWS);
    }

    @Override
    public long raiseForGuidance(Caller caller, long questionId, long seenVersion) {
        DefaultCommunities.requirePerson(caller);
        Question question = visible(caller, questionId);
        Community community = communityOf(question);
        question.requireMayRaiseForGuidance(community, caller.subject(), seenVersion);
        long recommendation = guidanceRequests.raise(caller, community, question);
        question.raisedForGuidance(community, caller.subject(), recommendation, clock.instant());
        audit.record(caller.subject(), AuditAction.COMMUNITY_GUIDANCE_REQUESTED, "community-question",
                String.valueOf(questionId), "recommendation " + recommendation + " to " + GuidanceRequests.POLICY_OFFICE);
        return recommendation;
    }

    /** An answer just published is news for the asker (never for an asker answering themselves). */
    private void tellAsker(Community community, Question question, Answer answer, String actor, Instant at) {
        if (answer.isNewsFor(question)) {
            notices.tell(question.author(), NotificationKind.COMMUNITY_ANSWER, question.getId(), community.name(),
                    BilingualText.of(question.title(), null), answer.author(), null, at);
        }
    }

    private void requireReadable(Caller caller, long documentId) {
        if (guidance.readable(caller, documentId).isEmpty()) {
            throw new ToolboxRuleException("community.question.documentUnknown",
                    "No guidance document " + documentId + " that you can read", documentId).onField("document");
        }
    }

    /** A question the caller may see; one awaiting moderation is only its author's and the moderators'. */
    private Question visible(Caller caller, long questionId) {
        return questions.find(questionId)
                .filter(q -> q.isVisibleTo(communityOf(q), caller.subject()))
                .orElseThrow(() -> new CommunityNotFoundException("question", questionId));
    }

    private Community communityOf(Question question) {
        return communities.find(question.communityId()).orElseThrow();
    }
}
