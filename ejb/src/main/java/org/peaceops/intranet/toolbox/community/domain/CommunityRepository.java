package org.peaceops.intranet.toolbox.community.domain;

import java.util.List;
import java.util.Optional;

/** Communities, by name. */
public interface CommunityRepository {

    Optional<Community> find(long id);

    /** A page of communities ordered by name. */
    List<Community> page(int first, int max);

    long count();

    Community store(Community community);
}
