package org.peaceops.intranet.toolbox.community.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import org.peaceops.intranet.toolbox.domain.ToolboxRuleException;

/**
 * Where a post stands in moderation, and who moved it there. Pre-moderation: what a member writes is
 * seen by its author and the moderators only until a moderator approves it, because an answer on
 * guidance from the field reads as if it were authoritative, and a hidden-after-the-fact answer may
 * already have been acted on. A moderator's own post needs no second look and is published at once.
 */
@Embeddable
public class Moderation {

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private PostStatus status;

    @Column(name = "moderated_by", length = 255)
    private String moderatedBy;

    @Column(name = "moderated_at")
    private LocalDateTime moderatedAt;

    protected Moderation() {
        // for JPA
    }

    static Moderation of(Community community, String author, Instant at) {
        Moderation m = new Moderation();
        if (community.isModerator(author)) {
            m.status = PostStatus.PUBLISHED;
            m.moderatedBy = author;
            m.moderatedAt = utc(at);
        } else {
            m.status = PostStatus.PENDING;
        }
        return m;
    }

    void decide(Community community, String moderator, PostStatus to, Instant at) {
        community.requireModerator(moderator);
        if (status != PostStatus.PENDING) {
            throw new ToolboxRuleException("community.moderatedAlready", "It was moderated already: " + status,
                    status.name());
        }
        this.status = Objects.requireNonNull(to, "to");
        this.moderatedBy = moderator;
        this.moderatedAt = utc(at);
    }

    /** Published for everyone; pending or rejected for its author and the moderators only. */
    boolean visibleTo(Community community, String author, String reader) {
        return status == PostStatus.PUBLISHED || author.equals(reader) || community.isModerator(reader);
    }

    public PostStatus status() {
        return status;
    }

    public Optional<String> moderatedBy() {
        return Optional.ofNullable(moderatedBy);
    }

    public Optional<Instant> moderatedAt() {
        return Optional.ofNullable(moderatedAt).map(t -> t.toInstant(ZoneOffset.UTC));
    }

    private static LocalDateTime utc(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
