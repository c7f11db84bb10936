package org.peaceops.intranet.toolbox.community.application;

import java.io.Serializable;

/** A member as the community page lists them. */
public record MemberView(String subject, boolean moderator) implements Serializable {
}
