package org.peaceops.intranet.training.application;

import java.io.Serializable;
import java.util.List;
import org.peaceops.intranet.training.application.CourseContent.QuestionView;

/** An attempt in progress: its questions in the order this attempt shows them, without the answers. */
public record QuizPaper(long attemptId, int attemptNumber, List<QuestionView> questions) implements Serializable {
}
