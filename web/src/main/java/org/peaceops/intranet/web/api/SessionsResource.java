package org.peaceops.intranet.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.training.session.application.EnrolmentView;
import org.peaceops.intranet.training.session.application.SessionDetail;
import org.peaceops.intranet.training.session.application.SessionInput;
import org.peaceops.intranet.training.session.application.SessionView;
import org.peaceops.intranet.training.session.application.TrainingSessions;
import org.peaceops.intranet.training.session.domain.EvaluationQuestion;
import org.peaceops.intranet.training.session.domain.SessionOrder;
import org.peaceops.intranet.web.security.CurrentUser;

/**
 * In-mission training sessions over REST: trainers list, schedule, enrol, record attendance and cancel;
 * learners list their mission's sessions, enrol or withdraw themselves and evaluate a session they
 * attended. Times are wall-clock times of the session's mission ({@code zone} says which).
 */
@Path("/v1/training/sessions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Training sessions", description = "In-mission sessions: schedule, enrolment, attendance, evaluation")
public class SessionsResource {

    /** A session to schedule: {@code start} is ISO local date-time in the mission ({@code 2026-12-01T09:30}). */
    public record ScheduleRequest(Long courseId, String mission, String start, Integer durationMinutes, String location,
            Integer capacity) {
    }

    /** Who to enrol: a person's subject (trainers), or nobody for the caller themself. */
    public record EnrolRequest(String subject) {
    }

    /** The subjects present, for the version of the session the trainer saw. */
    public record AttendanceRequest(Integer version, List<String> present) {
    }

    public record CancelRequest(Integer version, String reason) {
    }

    /** Ratings 1-5 by question (CONTENT, TRAINER, MATERIALS, RELEVANCE) and an optional comment. */
    public record EvaluationRequest(Map<String, Integer> ratings, String comment) {
    }

    public record CountResponse(int count) {
    }

    /** A session for its trainers, with the evaluation summary (averages to one decimal, empty when none). */
    public record SessionDetailResponse(SessionView session, List<EnrolmentView> seats, List<EnrolmentView> waiting,
            int evaluations, Map<String, String> averages, List<String> comments) {

        static SessionDetailResponse of(SessionDetail d) {
            Map<String, String> averages = new LinkedHashMap<>();
            for (EvaluationQuestion q : EvaluationQuestion.values()) {
                averages.put(q.name(), d.evaluation().average(q));
            }
            return new SessionDetailResponse(d.session(), d.seats(), d.waiting(), d.evaluation().count(), averages,
                    d.evaluation().comments());
        }
    }

    @Inject
    CurrentUser user;

    @Inject
    TrainingSessions sessions;

    private Caller caller() {
        return user.caller().orElseThrow(() -> new jakarta.ws.rs.NotAuthorizedException("Bearer"));
    }

    @GET
    @Operation(summary = "The sessions of the missions the caller trains in, a page at a time, latest start first")
    @APIResponse(responseCode = "403", description = "Not a trainer")
    public List<SessionView> list(@Parameter(description = "STARTS, COURSE, LOCATION or STATE") @QueryParam("order") String order,
            @QueryParam("ascending") @DefaultValue("false") boolean ascending,
            @QueryParam("first") @DefaultValue("0") int first, @QueryParam("max") @DefaultValue("50") int max) {
        SessionOrder by = ApiInputException.enumValue(SessionOrder.class, "order", order);
        return sessions.page(caller(), by == null ? SessionOrder.STARTS : by, ascending, Math.max(0, first),
                Math.max(1, max));
    }

    @GET
    @Path("mine")
    @Operation(summary = "Sessions of the caller's mission still open, and those the caller is or was on")
    public List<SessionView> mine() {
        return sessions.mySessions(caller());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A session with its roster, waiting list and evaluation summary (trainers)")
    @APIResponse(responseCode = "404", description = "No such session in the caller's missions")
    public SessionDetailResponse get(@PathParam("id") long id) {
        return SessionDetailResponse.of(sessions.detail(caller(), id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Schedules a session of a published classroom or blended course; the caller is its trainer")
    @APIResponse(responseCode = "400", description = "A missing or malformed field, an e-learning course")
    @APIResponse(responseCode = "403", description = "Not a trainer of that mission")
    public SessionView schedule(ScheduleRequest body) {
        if (body == null || body.courseId() == null) {
            throw new ApiInputException("session.error.course", "courseId", "Choose the course of the session.");
        }
        return sessions.schedule(caller(), body.courseId(), body.mission(), new SessionInput(start(body.start()),
                body.durationMinutes() == null ? 0 : body.durationMinutes(), body.location(),
                body.capacity() == null ? 0 : body.capacity()));
    }

    private static LocalDateTime start(String value) {
        if (value == null || value.isBlank()) {
            throw new ApiInputException("session.error.start", "start", "Enter the date and start time of the session.");
        }
        try {
            return LocalDateTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new ApiInputException("session.error.start", "start", "The start is not an ISO local date-time such as"
                    + " 2026-12-01T09:30.");
        }
    }

    @POST
    @Path("{id}/enrolments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Enrols the caller (no subject) or, for a trainer, the person named: a seat or the waiting list")
    @APIResponse(responseCode = "400", description = "Already enrolled, the session is over or closed")
    @APIResponse(responseCode = "409", description = "The session changed meanwhile (the last seat was just taken)")
    public EnrolmentView enrol(@PathParam("id") long id, EnrolRequest body) {
        String subject = body == null ? null : body.subject();
        return subject == null || subject.isBlank() ? sessions.enrolSelf(caller(), id)
                : sessions.enrol(caller(), id, subject.strip());
    }

    @DELETE
    @Path("{id}/enrolments/{subject}")
    @Operation(summary = "Withdraws the caller ('me') or, for a trainer, the person; the seat goes to the first waiting")
    public CountResponse withdraw(@PathParam("id") long id, @PathParam("subject") String subject) {
        if ("me".equals(subject)) {
            sessions.withdrawSelf(caller(), id);
        } else {
            sessions.withdraw(caller(), id, subject);
        }
        return new CountResponse(1);
    }

    @PUT
    @Path("{id}/attendance")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Records who of the seat holders was present (once): each completes the course")
    @APIResponse(responseCode = "400", description = "Not started yet, someone without a seat, already recorded")
    @APIResponse(responseCode = "409", description = "The session changed since that version")
    public CountResponse attendance(@PathParam("id") long id, AttendanceRequest body) {
        if (body == null || body.version() == null) {
            throw new ApiInputException("session.error.changed", "version", "Send the version of the session.");
        }
        return new CountResponse(sessions.recordAttendance(caller(), id, body.version(),
                Set.copyOf(body.present() == null ? List.of() : body.present())));
    }

    @POST
    @Path("{id}/cancellation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Cancels an open session with a reason; everyone on it is told (the count is returned)")
    @APIResponse(responseCode = "400", description = "No reason, or the session is closed")
    @APIResponse(responseCode = "409", description = "The session changed since that version")
    public CountResponse cancel(@PathParam("id") long id, CancelRequest body) {
        if (body == null || body.version() == null) {
            throw new ApiInputException("session.error.changed", "version", "Send the version of the session.");
        }
        return new CountResponse(sessions.cancel(caller(), id, body.version(), body.reason()));
    }

    @POST
    @Path("{id}/evaluation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The caller's end-of-session evaluation, once, if they were recorded present")
    @APIResponse(responseCode = "400", description = "Not an attendee, already evaluated, a rating outside 1-5")
    public CountResponse evaluate(@PathParam("id") long id, EvaluationRequest body) {
        Map<EvaluationQuestion, Integer> ratings = new EnumMap<>(EvaluationQuestion.class);
        if (body != null && body.ratings() != null) {
            body.ratings().forEach((q, r) -> ratings.put(ApiInputException.enumValue(EvaluationQuestion.class, "ratings", q), r));
        }
        sessions.evaluate(caller(), id, ratings, body == null ? null : body.comment());
        return new CountResponse(1);
    }
}
