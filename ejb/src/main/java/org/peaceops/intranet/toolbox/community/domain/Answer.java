package org.peaceops.intranet.toolbox.community.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import org.peaceops.intranet.toolbox.domain.ToolboxConflict;

/**
 * A member's answer to a published question, moderated as questions are. Its own aggregate: answers
 * arrive and are moderated one by one, by different people, long after the question.
 */
@Entity
@Table(name = "community_answer", schema = "toolbox")
public class Answer {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "community_answer_seq")
    @SequenceGenerator(name = "community_answer_seq", sequenceName = "toolbox.community_answer_seq", allocationSize = 1)
    private Long id;

    @Column(name = "question_id", nullable = false, updatable = false)
    private long questionId;

    @Column(name = "body", nullable = false, length = PostText.MAX_HTML)
    private String body;

    @Column(name = "author_subject", nullable = false, updatable = false, length = 255)
    private String author;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Embedded
    private Moderation moderation;

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    protected Answer() {
        // for JPA
    }

    public static Answer give(Community community, Question question, String author, String body, Instant at) {
        question.requireOwnCommunity(community);
        community.requireMember(author);
        question.requireOpenForAnswers();
        Answer a = new Answer();
        a.questionId = Objects.requireNonNull(question.getId(), "a stored question");
        a.body = PostText.rich(body, "community.answer.body", "answer");
        a.author = author;
        a.createdAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
        a.moderation = Moderation.of(community, author, at);
        return a;
    }

    public void approve(Community community, String moderator, long seenVersion, Instant at) {
        requireUnchangedSince(seenVersion);
        moderation.decide(community, moderator, PostStatus.PUBLISHED, at);
    }

    public void reject(Community community, String moderator, long seenVersion, Instant at) {
        requireUnchangedSince(seenVersion);
        moderation.decide(community, moderator, PostStatus.REJECTED, at);
    }

    /** Whether its publication is news for the asker: published, and not written by the asker. */
    public boolean isNewsFor(Question question) {
        return moderation.status() == PostStatus.PUBLISHED && !author.equals(question.author());
    }

    public boolean isVisibleTo(Community community, String reader) {
        return moderation.visibleTo(community, author, reader);
    }

    public void requireUnchangedSince(long seenVersion) {
        if (seenVersion != rowVersion) {
            throw new ToolboxConflict("community.changed", "Answer " + id + " changed since it was shown");
        }
    }

    public Long getId() {
        return id;
    }

    public long questionId() {
        return questionId;
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

    public long rowVersion() {
        return rowVersion;
    }
}
