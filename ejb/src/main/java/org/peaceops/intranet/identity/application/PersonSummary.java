package org.peaceops.intranet.identity.application;

import java.io.Serializable;
import java.time.LocalDateTime;
import org.peaceops.intranet.identity.domain.Person;

/** A directory entry as the administration screens show it. */
public class PersonSummary implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String subject;
    private final String username;
    private final String displayName;
    private final String email;
    private final String mission;
    private final String category;
    private final String roles;
    private final LocalDateTime lastSignIn;
    private final int signInCount;

    PersonSummary(Person p) {
        this.subject = p.getSubject();
        this.username = p.getUsername();
        this.displayName = p.getDisplayName();
        this.email = p.getEmail();
        this.mission = p.getMission();
        this.category = p.getCategory();
        this.roles = p.getRoles();
        this.lastSignIn = p.getLastSignIn();
        this.signInCount = p.getSignInCount();
    }

    public String getSubject() {
        return subject;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public String getMission() {
        return mission;
    }

    public String getCategory() {
        return category;
    }

    public String getRoles() {
        return roles;
    }

    public LocalDateTime getLastSignIn() {
        return lastSignIn;
    }

    public int getSignInCount() {
        return signInCount;
    }
}
