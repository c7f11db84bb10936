package org.peaceops.intranet.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.peaceops.intranet.identity.application.AccountAdministration;
import org.peaceops.intranet.identity.application.DirectorySync;
import org.peaceops.intranet.identity.application.MissionAdministration;
import org.peaceops.intranet.identity.application.directory.DirectoryGroup;
import org.peaceops.intranet.identity.application.directory.DirectoryRole;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.shared.refusal.NotSignedIn;
import org.peaceops.intranet.web.security.CurrentUser;
import org.peaceops.intranet.web.shell.PageFeedback;

/** Roles and groups as Keycloak holds them, and the directory sync on demand. */
@Named
@ViewScoped
public class DirectoryOverviewPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MissionAdministration administration;

    @Inject
    AccountAdministration accounts;

    @Inject
    DirectorySync sync;

    @Inject
    CurrentUser currentUser;

    @Inject
    PageFeedback feedback;

    private List<DirectoryRole> roles;
    private List<DirectoryGroup> missionGroups;
    private List<DirectoryGroup> categoryGroups;

    public boolean isAvailable() {
        return accounts.isAvailable();
    }

    public List<DirectoryRole> getRoles() {
        if (roles == null) {
            roles = load(() -> administration.roles(admin()));
        }
        return roles;
    }

    public List<DirectoryGroup> getMissionGroups() {
        if (missionGroups == null) {
            missionGroups = load(() -> administration.missionGroups(admin()));
        }
        return missionGroups;
    }

    public List<DirectoryGroup> getCategoryGroups() {
        if (categoryGroups == null) {
            categoryGroups = load(() -> administration.categoryGroups(admin()));
        }
        return categoryGroups;
    }

    /** One failure message per request, however many lists fail with it. */
    private <T> List<T> load(java.util.function.Supplier<List<T>> query) {
        return feedback.valueOr(query, List.of());
    }

    public void syncNow() {
        DirectorySync.Outcome outcome = feedback.valueOr(() -> sync.syncNow(admin()), null);
        if (outcome != null) {
            feedback.note("admin.directory.synced", outcome.accounts(), outcome.updated(), outcome.disabled());
        }
    }

    private Caller admin() {
        return currentUser.caller().orElseThrow(NotSignedIn::new);
    }
}
