package org.peaceops.intranet.identity.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.peaceops.intranet.identity.application.directory.DirectoryConnection;
import org.peaceops.intranet.identity.application.directory.DirectoryException.Reason;
import org.peaceops.intranet.identity.application.directory.DirectoryException;
import org.peaceops.intranet.identity.application.directory.DirectoryGroup;
import org.peaceops.intranet.identity.application.directory.DirectoryRole;
import org.peaceops.intranet.identity.domain.Action;
import org.peaceops.intranet.identity.domain.Mission;
import org.peaceops.intranet.identity.domain.MissionRepository;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.shared.audit.AuditAction;
import org.peaceops.intranet.shared.audit.AuditRecord;
import org.peaceops.intranet.shared.audit.AuditTrail;

/**
 * Missions (a local record and a Keycloak group {@code /missions/<CODE>}), and the overview of roles and
 * groups. Creating a mission is two steps: the group, then the record. When the record fails after the
 * group was made, creating it again adopts the existing group instead of failing on it.
 */
@Stateless
public class MissionAdministration {

    @Inject
    MissionRepository missions;

    @Inject
    DirectoryConnection connection;

    @Inject
    AccessControl access;

    @Inject
    AuditTrail audit;

    private final Clock clock = Clock.systemUTC();

    /** Every mission with its number of members in Keycloak (-1 each when Keycloak is not available). */
    public List<MissionSummary> missions(Caller admin) {
        access.require(admin, Action.ADMINISTER, admin.mission());
        Map<String, Integer> members = groupSizes();
        return missions.all().stream().map(m -> MissionSummary.of(m, members.getOrDefault(m.getCode(), -1))).toList();
    }

    private Map<String, Integer> groupSizes() {
        if (!connection.isAvailable()) {
            return Map.of();
        }
        try {
            return connection.directory().missionGroups().stream()
                    .collect(Collectors.toMap(DirectoryGroup::code, DirectoryGroup::members, (a, b) -> a));
        } catch (DirectoryException unavailable) {
            return Map.of();
        }
    }

    public MissionSummary create(Caller admin, String code, String name, String country) {
        access.require(admin, Action.ADMINISTER, admin.mission());
        Mission mission;
        try {
            mission = new Mission(code, name, country, admin.subject(), clock.instant());
        } catch (IllegalArgumentException invalid) {
            throw new DirectoryException(Reason.INVALID, invalid.getMessage());
        }
        if (missions.find(mission.getCode()).isPresent()) {
            throw new DirectoryException(Reason.CONFLICT, "The mission " + mission.getCode() + " exists already");
        }
        if (connection.isAvailable()) {
            mission.linkGroup(groupFor(mission));
        }
        missions.add(mission);
        audit.record(new AuditRecord(clock.instant(), admin.subject(), AuditAction.MISSION_CREATED, "mission",
                mission.getCode(), "created " + mission.getCode() + " '" + mission.getName() + "' (" + mission.getCountry()
                        + "), Keycloak group " + (mission.getKeycloakGroupId() == null ? "none (demo mode)"
                                : mission.getKeycloakGroupId())));
        return MissionSummary.of(mission, 0);
    }

    /** Creates the group, or adopts it when an earlier attempt created it but not the record. */
    private String groupFor(Mission mission) {
        try {
            return connection.directory().createMissionGroup(mission.getCode(), mission.getName());
        } catch (DirectoryException e) {
            if (e.reason() != Reason.CONFLICT) {
                throw e;
            }
            return connection.directory().missionGroups().stream().filter(g -> g.code().equals(mission.getCode()))
                    .map(DirectoryGroup::id).findFirst().orElseThrow(() -> e);
        }
    }

    public List<DirectoryRole> roles(Caller admin) {
        access.require(admin, Action.ADMINISTER, admin.mission());
        return connection.directory().roles(AccountAdministration.MANAGED_ROLES);
    }

    public List<DirectoryGroup> categoryGroups(Caller admin) {
        access.require(admin, Action.ADMINISTER, admin.mission());
        return connection.directory().categoryGroups();
    }

    public List<DirectoryGroup> missionGroups(Caller admin) {
        access.require(admin, Action.ADMINISTER, admin.mission());
        return connection.directory().missionGroups();
    }
}
