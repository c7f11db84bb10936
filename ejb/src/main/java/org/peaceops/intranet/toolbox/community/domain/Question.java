package org.peaceops.intranet.toolbox.community.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.peaceops.intranet.toolbox.domain.ToolboxAccessDenied;
import org.peaceops.intranet.toolbox.domain.ToolboxConflict;
import org.peaceops.intranet.toolbox.domain.ToolboxRuleException;

/**
 * A member's question to their community, moderated before others see it, linked to the guidance
 * documents it is about (by id only: who may read them is decided when they are shown). A moderator may
 * raise it for guidance once: it then names the recommendation to the policy office it became.
 */
@Entity
@Table(name = "community_question", schema = "toolbox")
public class Question {

    public static final int MAX_DOCUMENTS = 10;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "community_question_seq")
    @SequenceGenerator(name = "community_question_seq", sequenceName = "toolbox.community_question_seq",
            allocationSize = 1)
    private Long id;

    @Column(name = "community_id", nullable = false, updatable = false)
    private long communityId;

    @Column(name = "title", nullable = false, length = PostText.MAX_TITLE)
    private String title;

    @Column(name = "body", nullable = false, length = PostText.MAX_HTML)
    private String body;

    @Column(name = "author_subject", nullable = false, updatable = false, length = 255)
    private String author;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Embedded
    private Moderation moderation;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "community_question_document", schema = "toolbox",
            joinColumns = @JoinColumn(name = "question_id"))
    @OrderColumn(name = "position")
    @Column(name = "document_id", nullable = false)
    private List<Long> documentIds = new ArrayList<>();

    @Column(name = "recommendation_id")
    private Long recommendationId;

    @Column(name = "guidance_asked_by", length = 255)
    private String guidanceAskedBy;

    @Column(name = "guidance_asked_at")
    private LocalDateTime guidanceAskedAt;

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    protected Question() {
        // for JPA
    }

    /** A member asks; the documents are those they picked among the guidance they may read. */
    public static Question ask(Community community, String author, String title, String body, List<Long> documentIds,
            Instant at) {
        community.requireMember(author);
        Question q = new Question();
        q.communityId = Objects.requireNonNull(community.getId(), "a stored community");
        q.title = PostText.line(title, PostText.MAX_TITLE, "community.question.title", "title");
        q.body = PostText.rich(body, "community.question.body", "body");
        q.author = author;
        q.createdAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
        q.moderation = Moderation.of(community, author, at);
        for (Long documentId : documentIds == null ? List.<Long>of() : documentIds) {
            q.addDocument(documentId);
        }
        return q;
    }

    public void approve(Community community, String moderator, long seenVersion, Instant at) {
        requireOwnCommunity(community);
        requireUnchangedSince(seenVersion);
        moderation.decide(community, moderator, PostStatus.PUBLISHED, at);
    }

    public void reject(Community community, String moderator, long seenVersion, Instant at) {
        requireOwnCommunity(community);
        requireUnchangedSince(seenVersion);
        moderation.decide(community, moderator, PostStatus.REJECTED, at);
    }

    /** Its author or a moderator links one more guidance document (one the service found they may read). */
    public void linkDocument(Community community, String actor, long documentId) {
        requireOwnCommunity(community);
        if (!author.equals(actor) && !community.isModerator(actor)) {
            throw new ToolboxAccessDenied("community.question.notYours", "Only its author or a moderator links documents");
        }
        addDocument(documentId);
    }

    /**
     * Checks that a moderator may raise it for guidance now: published (a question nobody approved is not
     * yet the community's) and not raised before (the policy office gets one recommendation per question).
     */
    public void requireMayRaiseForGuidance(Community community, String moderator, long seenVersion) {
        requireOwnCommunity(community);
        community.requireModerator(moderator);
        requireUnchangedSince(seenVersion);
        if (moderation.status() != PostStatus.PUBLISHED) {
            throw new ToolboxRuleException("community.question.notPublished", "Approve the question first");
        }
        if (recommendationId != null) {
            throw new ToolboxRuleException("community.question.raisedAlready",
                    "The question was raised for guidance already", recommendationId);
        }
    }

    /** Records the recommendation it became. */
    public void raisedForGuidance(Community community, String moderator, long recommendation, Instant at) {
        requireMayRaiseForGuidance(community, moderator, rowVersion);
        this.recommendationId = recommendation;
        this.guidanceAskedBy = moderator;
        this.guidanceAskedAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    /** Answers go to published questions only. */
    void requireOpenForAnswers() {
        if (moderation.status() != PostStatus.PUBLISHED) {
            throw new ToolboxRuleException("community.question.notPublished", "The question awaits moderation");
        }
    }

    public boolean isVisibleTo(Community community, String reader) {
        return moderation.visibleTo(community, author, reader);
    }

    /** Of two moderators acting at once, the second is told instead of overriding the first unseen. */
    public void requireUnchangedSince(long seenVersion) {
        if (seenVersion != rowVersion) {
            throw new ToolboxConflict("community.changed", "Question " + id + " changed since it was shown");
        }
    }

    private void addDocument(Long documentId) {
        Objects.requireNonNull(documentId, "documentId");
        if (documentIds.contains(documentId)) {
            throw new ToolboxRuleException("community.question.linkedAlready", "That document is linked already")
                    .onField("document");
        }
        if (documentIds.size() >= MAX_DOCUMENTS) {
            throw new ToolboxRuleException("community.question.tooManyDocuments", "At most " + MAX_DOCUMENTS
                    + " documents", MAX_DOCUMENTS).onField("document");
        }
        documentIds.add(documentId);
    }

    void requireOwnCommunity(Community community) {
        if (!Objects.equals(community.getId(), communityId)) {
            throw new IllegalArgumentException("Question " + id + " belongs to community " + communityId);
        }
    }

    public Long getId() {
        return id;
    }

    public long communityId() {
        return communityId;
    }

    public String title() {
        return title;
    }

    /** Sanitised HTML. */
    public String body() {
        return body;
    }

    public String author() {
        return author;
    }

    public Instant createdAt() {
        return createdAt.toInstant(ZoneOffset.UTC);
    }

    public PostStatus status() {
        return moderation.status();
    }

    public Moderation moderation() {
        return moderation;
    }

    public List<Long> documentIds() {
        return List.copyOf(documentIds);
    }

    public Optional<Long> recommendationId() {
        return Optional.ofNullable(recommendationId);
    }

    public Optional<String> guidanceAskedBy() {
        return Optional.ofNullable(guidanceAskedBy);
    }

    public long rowVersion() {
        return rowVersion;
    }
}
