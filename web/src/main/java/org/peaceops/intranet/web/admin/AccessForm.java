package org.peaceops.intranet.web.admin;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.peaceops.intranet.identity.application.directory.DirectoryAccount;

/** Roles, mission and category of one account, as the "access" dialog edits them (and a retry repeats). */
public class AccessForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String accountId;
    private String username;
    private List<String> roles = new ArrayList<>();
    private String mission;
    private String category;

    static AccessForm of(DirectoryAccount account) {
        AccessForm form = new AccessForm();
        form.accountId = account.id();
        form.username = account.username();
        form.roles = new ArrayList<>(account.realmRoles().stream()
                .filter(r -> org.peaceops.intranet.shared.Role.fromRoleName(r).isPresent()).sorted().toList());
        form.mission = account.missionCode();
        form.category = account.categoryCode();
        return form;
    }

    static AccessForm retry(String accountId, String username, List<String> roles, String mission, String category) {
        AccessForm form = new AccessForm();
        form.accountId = accountId;
        form.username = username;
        form.roles = new ArrayList<>(roles);
        form.mission = mission;
        form.category = category;
        return form;
    }

    Set<String> roleSet() {
        return Set.copyOf(roles);
    }

    public String getAccountId() {
        return accountId;
    }

    public String getUsername() {
        return username;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles == null ? new ArrayList<>() : new ArrayList<>(roles);
    }

    public String getMission() {
        return mission;
    }

    public void setMission(String mission) {
        this.mission = mission;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }
}
