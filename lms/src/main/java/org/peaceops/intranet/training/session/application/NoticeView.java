package org.peaceops.intranet.training.session.application;

import java.time.Instant;
import java.time.LocalDateTime;
import org.peaceops.intranet.training.session.domain.SessionNotice;

/** Something a learner is told about a session they were on. */
public record NoticeView(long sessionId, SessionNotice.Kind kind, String courseTitle, LocalDateTime localStart,
        String reason, Instant at) {

    static NoticeView of(SessionNotice n) {
        return new NoticeView(n.getSessionId(), n.getKind(), n.getCourseTitle(), n.getLocalStart(), n.getReason(),
                n.getCreatedAt());
    }
}
