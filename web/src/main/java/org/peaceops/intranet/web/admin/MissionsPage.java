package org.peaceops.intranet.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.peaceops.intranet.identity.application.MissionAdministration;
import org.peaceops.intranet.identity.application.MissionSummary;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.shared.refusal.NotSignedIn;
import org.peaceops.intranet.web.security.CurrentUser;
import org.peaceops.intranet.web.shell.PageFeedback;

/** Missions: the list, with members per Keycloak group, and creating one (group + record). */
@Named
@ViewScoped
public class MissionsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MissionAdministration administration;

    @Inject
    CurrentUser currentUser;

    @Inject
    PageFeedback feedback;

    private List<MissionSummary> missions;
    private String code;
    private String name;
    private String country;

    public List<MissionSummary> getMissions() {
        if (missions == null) {
            missions = administration.missions(admin());
        }
        return missions;
    }

    public void create() {
        MissionSummary created = feedback.valueOr(() -> administration.create(admin(), code, name, country), null);
        if (created != null) {
            feedback.note("admin.missions.created", created.code());
            code = null;
            name = null;
            country = null;
            missions = null;
        }
    }

    private Caller admin() {
        return currentUser.caller().orElseThrow(NotSignedIn::new);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }
}
