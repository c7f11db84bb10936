package org.peaceops.intranet.toolbox.community.application;

import org.peaceops.intranet.shared.Caller;

/**
 * Communities of practice as their members use them. Every signed-in person may list, open and join
 * one; administrators and Best Practices Officers found them; a community's moderators appoint others.
 */
public interface Communities {

    int MAX_PAGE = 100;

    CommunityListing list(Caller caller, int first, int max);

    /** Whether the caller may found a community (an administrator or a Best Practices Officer). */
    boolean mayFound(Caller caller);

    /** Founds a community with the caller as its first moderator; returns its id. */
    long found(Caller caller, NewCommunity community);

    CommunityView open(Caller caller, long communityId);

    void join(Caller caller, long communityId);

    /** A moderator names a member as another moderator, on the community as they saw it. */
    void appointModerator(Caller caller, long communityId, String memberSubject, long seenVersion);
}
