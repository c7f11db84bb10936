package org.peaceops.intranet.training.session.application;

import java.util.List;
import org.peaceops.intranet.training.session.domain.EvaluationSummary;

/** The trainer's page of a session: the session, its roster, its waiting list, what the attendees said. */
public record SessionDetail(SessionView session, List<EnrolmentView> seats, List<EnrolmentView> waiting,
        EvaluationSummary evaluation) implements java.io.Serializable {
}
