package org.peaceops.intranet.identity.application;

import java.io.Serializable;
import org.peaceops.intranet.identity.domain.Mission;

/** A mission as the missions screen lists it; {@code members} is -1 when Keycloak could not be asked. */
public record MissionSummary(String code, String name, String country, String status, boolean groupLinked,
        int members) implements Serializable {

    static MissionSummary of(Mission mission, int members) {
        return new MissionSummary(mission.getCode(), mission.getName(), mission.getCountry(), mission.getStatus().name(),
                mission.getKeycloakGroupId() != null, members);
    }
}
