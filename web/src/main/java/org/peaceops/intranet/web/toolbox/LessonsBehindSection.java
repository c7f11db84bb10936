package org.peaceops.intranet.web.toolbox;

import jakarta.enterprise.inject.Model;
import jakarta.inject.Inject;
import java.util.List;
import org.peaceops.intranet.toolbox.application.GuidanceChain;
import org.peaceops.intranet.toolbox.application.LessonBehind;
import org.peaceops.intranet.web.security.CurrentUser;
import org.peaceops.intranet.web.shell.PageFeedback;

/**
 * "Lessons behind this guidance" on the guidance document page: the recommendations that led to the
 * document, from the Toolbox reports the reader may open (the others are left out, not hinted at).
 */
@Model
public class LessonsBehindSection {

    @Inject
    GuidanceChain chain;

    @Inject
    CurrentUser user;

    @Inject
    PageFeedback feedback;

    private List<LessonBehind> lessons;

    public List<LessonBehind> of(Long documentId) {
        if (lessons == null) {
            lessons = documentId == null || user.caller().isEmpty() ? List.of()
                    : feedback.valueOr(() -> chain.lessonsBehind(user.caller().orElseThrow(), documentId), List.of());
        }
        return lessons;
    }
}
