package org.peaceops.intranet.training.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.peaceops.intranet.identity.application.AccessControl;
import org.peaceops.intranet.identity.domain.Action;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.shared.MissionScope;
import org.peaceops.intranet.shared.Role;
import org.peaceops.intranet.training.domain.Course;

/**
 * Training's questions to the one access policy: may this person manage training in that mission?
 * Headquarters trainers and administrators manage everywhere; mission trainers in their mission.
 */
@ApplicationScoped
public class TrainingAccess {

    @Inject
    AccessControl access;

    public void requireManage(Caller user, String missionScope) {
        access.require(user, Action.MANAGE_TRAINING, missionScope);
    }

    public boolean mayManage(Caller user, String missionScope) {
        return access.may(user, Action.MANAGE_TRAINING, missionScope);
    }

    /**
     * A trainer acts on a course of headquarters (every mission's) or of a mission they manage, never
     * on another mission's course, even for people of their own mission.
     */
    public void requireCourseInScope(Caller user, Course course) {
        if (!Caller.HEADQUARTERS.equals(course.getMissionScope())) {
            requireManage(user, course.getMissionScope());
        }
    }

    /** Whether the person is a trainer (or administrator) anywhere: the trainer screens open for them. */
    public boolean isTrainer(Caller user) {
        return access.may(user, Action.MANAGE_TRAINING, user.mission());
    }

    /** Missions whose training the person manages: every one, their own, or none. */
    public MissionScope managedMissions(Caller user) {
        if (user.hasRole(Role.ADMIN) || (user.hasRole(Role.TRAINER) && user.atHeadquarters())) {
            return MissionScope.everyMission();
        }
        return isTrainer(user) ? MissionScope.of(List.of(user.mission())) : MissionScope.none();
    }

    /** The scope a new course gets: headquarters for HQ staff and administrators, else the trainer's mission. */
    public String scopeForNewCourse(Caller user) {
        return managedMissions(user).isEveryMission() ? Caller.HEADQUARTERS : user.mission();
    }
}
