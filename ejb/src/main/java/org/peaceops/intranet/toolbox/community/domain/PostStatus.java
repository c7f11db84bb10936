package org.peaceops.intranet.toolbox.community.domain;

/**
 * Where a question or an answer stands in moderation. Stored by name: add constants, never rename them.
 * Posts of members wait for a moderator ({@code PENDING}); a moderator's own are published at once.
 */
public enum PostStatus {
    PENDING, PUBLISHED, REJECTED
}
