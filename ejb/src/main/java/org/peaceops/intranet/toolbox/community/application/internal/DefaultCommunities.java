package org.peaceops.intranet.toolbox.community.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.shared.Role;
import org.peaceops.intranet.shared.audit.AuditAction;
import org.peaceops.intranet.shared.audit.AuditTrail;
import org.peaceops.intranet.toolbox.community.application.Communities;
import org.peaceops.intranet.toolbox.community.application.CommunityListing;
import org.peaceops.intranet.toolbox.community.application.CommunityNotFoundException;
import org.peaceops.intranet.toolbox.community.application.CommunitySummary;
import org.peaceops.intranet.toolbox.community.application.CommunityView;
import org.peaceops.intranet.toolbox.community.application.MemberView;
import org.peaceops.intranet.toolbox.community.application.NewCommunity;
import org.peaceops.intranet.toolbox.community.application.QuestionSummary;
import org.peaceops.intranet.toolbox.community.domain.Community;
import org.peaceops.intranet.toolbox.community.domain.CommunityRepository;
import org.peaceops.intranet.toolbox.community.domain.Membership;
import org.peaceops.intranet.toolbox.community.domain.Question;
import org.peaceops.intranet.toolbox.community.domain.QuestionRepository;
import org.peaceops.intranet.toolbox.domain.ToolboxAccessDenied;

/**
 * Communities and their members. Founding is for administrators and Best Practices Officers, who run
 * the organisation's learning; everything else is for any signed-in person, never a process.
 */
@Stateless
public class DefaultCommunities implements Communities {

    @Inject
    CommunityRepository communities;

    @Inject
    QuestionRepository questions;

    @Inject
    AuditTrail audit;

    Clock clock = Clock.systemUTC();

    @Override
    public CommunityListing list(Caller caller, int first, int max) {
        requirePerson(caller);
        int from = Math.max(0, first);
        int size = Math.min(Math.max(1, max), MAX_PAGE);
        Map<Long, Long> counts = questions.publishedCountsByCommunity();
        List<CommunitySummary> rows = communities.page(from, size).stream()
                .map(c -> new CommunitySummary(c.getId(), c.name(), c.specialty(), c.description().orElse(null),
                        c.members().size(), counts.getOrDefault(c.getId(), 0L), c.isMember(caller.subject())))
                .toList();
        return new CommunityListing(rows, communities.count(), from, size);
    }

    @Override
    public boolean mayFound(Caller caller) {
        return caller.isPerson() && (caller.hasRole(Role.ADMIN) || caller.hasRole(Role.BPO));
    }

    @Override
    public long found(Caller caller, NewCommunity request) {
        if (!mayFound(caller)) {
            throw new ToolboxAccessDenied("community.notFounder",
                    "Communities are founded by administrators and Best Practices Officers");
        }
        Community community = communities.store(Community.found(request.name(), request.specialty(),
                request.description(), caller.subject(), clock.instant()));
        audit.record(caller.subject(), AuditAction.COMMUNITY_CREATED, "community", String.valueOf(community.getId()),
                community.specialty() + ": " + community.name());
        return community.getId();
    }

    @Override
    public CommunityView open(Caller caller, long communityId) {
        requirePerson(caller);
        Community community = find(communityId);
        Map<Long, Long> answers = questions.publishedAnswerCounts(communityId);
        List<QuestionSummary> shown = questions.ofCommunity(communityId).stream()
                .filter(q -> q.isVisibleTo(community, caller.subject()))
                .map(q -> summary(q, answers.getOrDefault(q.getId(), 0L))).toList();
        List<MemberView> members = community.members().stream()
                .sorted(Comparator.comparing(Membership::isModerator).reversed().thenComparing(Membership::joinedAt))
                .map(m -> new MemberView(m.subject(), m.isModerator())).toList();
        return new CommunityView(community.getId(), community.name(), community.specialty(),
                community.description().orElse(null), members, shown, community.isMember(caller.subject()),
                community.isModerator(caller.subject()), community.rowVersion());
    }

    @Override
    public void join(Caller caller, long communityId) {
        requirePerson(caller);
        Community community = find(communityId);
        if (!community.isMember(caller.subject())) {
            community.join(caller.subject(), clock.instant());
            audit.record(caller.subject(), AuditAction.COMMUNITY_JOINED, "community", String.valueOf(communityId), "");
        }
    }

    @Override
    public void appointModerator(Caller caller, long communityId, String memberSubject, long seenVersion) {
        requirePerson(caller);
        Community community = find(communityId);
        community.requireUnchangedSince(seenVersion);
        community.appointModerator(caller.subject(), memberSubject);
        audit.record(caller.subject(), AuditAction.COMMUNITY_MODERATOR_APPOINTED, "community",
                String.valueOf(communityId), memberSubject);
    }

    private static QuestionSummary summary(Question q, long answers) {
        return new QuestionSummary(q.getId(), q.title(), q.author(), q.status(), q.createdAt(), answers,
                q.recommendationId().isPresent());
    }

    private Community find(long id) {
        return communities.find(id).orElseThrow(() -> new CommunityNotFoundException("community", id));
    }

    static void requirePerson(Caller caller) {
        if (!caller.isPerson()) {
            throw new ToolboxAccessDenied("community.personsOnly", "Communities are for signed-in people");
        }
    }
}
