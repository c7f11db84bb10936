package org.peaceops.intranet.toolbox.community.application;

import java.io.Serializable;
import java.util.List;

/** One page of the communities list and how many there are in all. */
public record CommunityListing(List<CommunitySummary> rows, long total, int first, int max) implements Serializable {
}
