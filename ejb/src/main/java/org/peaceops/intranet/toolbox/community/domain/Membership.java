package org.peaceops.intranet.toolbox.community.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/** One person in a community, and whether they moderate it. */
@Embeddable
public class Membership {

    @Column(name = "subject", nullable = false, length = 255)
    private String subject;

    @Column(name = "moderator", nullable = false)
    private boolean moderator;

    @Column(name = "joined_at", nullable = false)
    private LocalDateTime joinedAt;

    protected Membership() {
        // for JPA
    }

    Membership(String subject, boolean moderator, Instant at) {
        this.subject = Objects.requireNonNull(subject, "subject");
        this.moderator = moderator;
        this.joinedAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    void appoint() {
        this.moderator = true;
    }

    public String subject() {
        return subject;
    }

    public boolean isModerator() {
        return moderator;
    }

    public Instant joinedAt() {
        return joinedAt.toInstant(ZoneOffset.UTC);
    }
}
