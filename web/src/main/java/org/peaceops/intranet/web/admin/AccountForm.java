package org.peaceops.intranet.web.admin;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.peaceops.intranet.identity.application.directory.NewAccount;

/** What the "new account" dialog holds while it is filled in. */
public class AccountForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String username;
    private String firstName;
    private String lastName;
    private String email;
    private String personnelNumber;
    private List<String> roles = new ArrayList<>(List.of("reader"));
    private String mission;
    private String category;
    private String temporaryPassword;
    private boolean verifyEmail = true;

    NewAccount toNewAccount() {
        // A temporary password is itself a required change at first sign-in (Keycloak enforces it).
        List<String> actions = new ArrayList<>();
        if (temporaryPassword == null || temporaryPassword.isBlank()) {
            actions.add("UPDATE_PASSWORD");
        }
        if (verifyEmail) {
            actions.add("VERIFY_EMAIL");
        }
        return new NewAccount(username, firstName, lastName, email, Set.copyOf(roles), mission, category, actions,
                personnelNumber == null || personnelNumber.isBlank() ? null : personnelNumber);
    }

    public String getPersonnelNumber() {
        return personnelNumber;
    }

    public void setPersonnelNumber(String personnelNumber) {
        this.personnelNumber = personnelNumber;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
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

    public String getTemporaryPassword() {
        return temporaryPassword;
    }

    public void setTemporaryPassword(String temporaryPassword) {
        this.temporaryPassword = temporaryPassword;
    }

    public boolean isVerifyEmail() {
        return verifyEmail;
    }

    public void setVerifyEmail(boolean verifyEmail) {
        this.verifyEmail = verifyEmail;
    }
}
