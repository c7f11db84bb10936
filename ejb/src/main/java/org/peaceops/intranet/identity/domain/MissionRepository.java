package org.peaceops.intranet.identity.domain;

import java.util.List;
import java.util.Optional;

/** The missions the intranet knows, by code. */
public interface MissionRepository {

    List<Mission> all();

    Optional<Mission> find(String code);

    void add(Mission mission);
}
