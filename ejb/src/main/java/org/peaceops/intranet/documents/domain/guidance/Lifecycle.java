package org.peaceops.intranet.documents.domain.guidance;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.peaceops.intranet.documents.domain.LifecycleStatus;

/**
 * Small checks shared by the lifecycle steps. Dates are taken in UTC: missions span every time zone
 * and one calendar for all of them keeps "in force from / to" comparable across the organisation.
 */
final class Lifecycle {

    private Lifecycle() {
    }

    static void requireEdge(DocumentVersion version, LifecycleStatus target) {
        if (!version.getStatus().canMoveTo(target)) {
            throw new ForbiddenTransitionException(version.label(), version.getStatus(), target);
        }
    }

    static String requireActor(String subject) {
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("A lifecycle step needs the acting person's subject id");
        }
        return subject;
    }

    /** The reason given for {@code step}: required where {@link LifecycleStep#reasonRequired()} says so. */
    static String reasonFor(LifecycleStep step, String comment, String what, String versionLabel) {
        String text = optionalComment(comment);
        if (text == null && step.reasonRequired()) {
            throw new GuidanceRuleException("guidance.commentRequired", "Give " + what + " (the " + versionLabel + ").");
        }
        return text;
    }

    static String optionalComment(String comment) {
        if (comment == null || comment.isBlank()) {
            return null;
        }
        String text = comment.trim();
        if (text.length() > LifecycleTransition.MAX_COMMENT) {
            throw new GuidanceRuleException("guidance.comment.tooLong",
                    "A comment may be at most " + LifecycleTransition.MAX_COMMENT + " characters long.");
        }
        return text;
    }

    static String label(LifecycleStatus status) {
        return ForbiddenTransitionException.label(status);
    }

    static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC);
    }

    static LocalDateTime utc(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
