package org.peaceops.intranet.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.toolbox.community.application.Communities;
import org.peaceops.intranet.toolbox.community.application.CommunityListing;
import org.peaceops.intranet.toolbox.community.application.CommunityQuestions;
import org.peaceops.intranet.toolbox.community.application.CommunityView;
import org.peaceops.intranet.toolbox.community.application.NewCommunity;
import org.peaceops.intranet.toolbox.community.application.QuestionView;
import org.peaceops.intranet.toolbox.community.domain.Specialty;
import org.peaceops.intranet.web.security.CurrentUser;

/**
 * Communities of practice over REST, with the pages' rules: every signed-in person lists, opens and
 * joins; members ask and answer; moderators approve or reject (naming the row version seen: a stale one
 * is a conflict, 409) and raise a question for guidance. A question or answer the caller may not see is
 * not found. Rich text is sanitised as on the pages.
 */
@Path("/v1/toolbox/communities")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Communities", description = "Communities of practice: members, moderated questions and answers")
public class CommunitiesResource {

    @Inject
    CurrentUser user;

    @Inject
    Communities communities;

    @Inject
    CommunityQuestions questions;

    private Caller profile() {
        return user.caller().orElseThrow(() -> new jakarta.ws.rs.NotAuthorizedException("Bearer"));
    }

    @Schema(description = "A community to found")
    public record CommunityRequest(@Schema(required = true) String name,
            @Schema(required = true, description = "RULE_OF_LAW, DDR, CIVIL_AFFAIRS, ...") String specialty,
            String description) {
    }

    @Schema(description = "A question to ask")
    public record QuestionRequest(@Schema(required = true) String title,
            @Schema(required = true, description = "Rich text (HTML, sanitised)") String body,
            @Schema(description = "Ids of guidance documents the caller may read") List<Long> documentIds) {
    }

    @Schema(description = "An answer to give")
    public record AnswerRequest(@Schema(required = true, description = "Rich text (HTML, sanitised)") String body) {
    }

    @Schema(description = "A moderation decision or a step taken on the version seen")
    public record ModerationRequest(@Schema(required = true, description = "APPROVE or REJECT") String decision,
            @Schema(required = true, description = "The row version the decision was taken on") Long seenVersion) {
    }

    @Schema(description = "What was created")
    public record Created(long id) {
    }

    @GET
    @Operation(summary = "The communities, ordered by name, a page at a time")
    public CommunityListing list(@QueryParam("first") int first,
            @QueryParam("max") @DefaultValue("20") int max) {
        return communities.list(profile(), first, max);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Found a community (administrators and Best Practices Officers); the caller moderates it")
    @APIResponse(responseCode = "400", description = "Name missing or too long, unknown specialty")
    @APIResponse(responseCode = "403", description = "Not an administrator or Best Practices Officer")
    public Created found(CommunityRequest body) {
        if (body == null) {
            throw new ApiInputException("community.nameRequired", "name", "Give the name and the specialty",
                    org.peaceops.intranet.toolbox.community.domain.Community.MAX_NAME);
        }
        Specialty specialty = ApiInputException.enumValue(Specialty.class, "specialty", body.specialty());
        if (specialty == null) {
            throw new ApiInputException("community.api.specialty", "specialty", "Give the specialty");
        }
        return new Created(communities.found(profile(), new NewCommunity(body.name(), specialty, body.description())));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A community: members, moderators and the questions the caller may see")
    @APIResponse(responseCode = "404", description = "No such community")
    public CommunityView community(@PathParam("id") long id) {
        return communities.open(profile(), id);
    }

    @POST
    @Path("{id}/members")
    @Operation(summary = "Join the community (open to every signed-in person; joining twice changes nothing)")
    @APIResponse(responseCode = "204", description = "A member")
    public void join(@PathParam("id") long id) {
        communities.join(profile(), id);
    }

    @POST
    @Path("{id}/questions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ask (members); published at once for a moderator, else awaiting moderation")
    @APIResponse(responseCode = "400", description = "Title or text missing or too long, a document the caller may not read")
    @APIResponse(responseCode = "403", description = "Not a member")
    public Created ask(@PathParam("id") long id, QuestionRequest body) {
        QuestionRequest q = body == null ? new QuestionRequest(null, null, List.of()) : body;
        return new Created(questions.ask(profile(), id, q.title(), q.body(), q.documentIds()));
    }

    @GET
    @Path("questions/{id}")
    @Operation(summary = "A question with the answers the caller may see and the linked guidance they may read")
    @APIResponse(responseCode = "404", description = "No such question, or one awaiting moderation that is not theirs")
    public QuestionView question(@PathParam("id") long id) {
        return questions.open(profile(), id);
    }

    @POST
    @Path("questions/{id}/answers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Answer a published question (members); the asker is notified once it is published")
    @APIResponse(responseCode = "400", description = "Text missing or too long, question not yet published")
    @APIResponse(responseCode = "403", description = "Not a member")
    public Created answer(@PathParam("id") long id, AnswerRequest body) {
        return new Created(questions.answer(profile(), id, body == null ? null : body.body()));
    }

    @POST
    @Path("questions/{id}/moderation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Approve or reject a question awaiting moderation (moderators)")
    @APIResponse(responseCode = "204", description = "Decided")
    @APIResponse(responseCode = "403", description = "Not a moderator of the community")
    @APIResponse(responseCode = "409", description = "The question changed since that row version")
    public void moderateQuestion(@PathParam("id") long id, ModerationRequest body) {
        questions.moderateQuestion(profile(), id, seen(body), approve(body));
    }

    @POST
    @Path("answers/{id}/moderation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Approve or reject an answer awaiting moderation (moderators)")
    @APIResponse(responseCode = "204", description = "Decided")
    @APIResponse(responseCode = "403", description = "Not a moderator of the community")
    @APIResponse(responseCode = "409", description = "The answer changed since that row version")
    public void moderateAnswer(@PathParam("id") long id, ModerationRequest body) {
        questions.moderateAnswer(profile(), id, seen(body), approve(body));
    }

    @POST
    @Path("questions/{id}/documents/{documentId}")
    @Operation(summary = "Link a guidance document the caller may read (the question's author or a moderator)")
    @APIResponse(responseCode = "204", description = "Linked")
    public void link(@PathParam("id") long id, @PathParam("documentId") long documentId) {
        questions.linkDocument(profile(), id, documentId);
    }

    @POST
    @Path("questions/{id}/needs-guidance")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Mark a published question as needing guidance: a recommendation to the policy office (moderators)")
    @APIResponse(responseCode = "400", description = "Not published, or raised already")
    @APIResponse(responseCode = "409", description = "The question changed since that row version")
    public Created needsGuidance(@PathParam("id") long id, ModerationRequest body) {
        return new Created(questions.raiseForGuidance(profile(), id, seen(body)));
    }

    private static long seen(ModerationRequest body) {
        if (body == null || body.seenVersion() == null) {
            throw new ApiInputException("community.api.seenVersion", "seenVersion", "Give the seenVersion");
        }
        return body.seenVersion();
    }

    private static boolean approve(ModerationRequest body) {
        if ("APPROVE".equals(body.decision())) {
            return true;
        }
        if ("REJECT".equals(body.decision())) {
            return false;
        }
        throw new ApiInputException("community.api.decision", "decision", "The decision is APPROVE or REJECT");
    }
}
