package org.peaceops.intranet.identity.application;

import java.io.Serializable;

/** A Keycloak account as the administration screens show it. */
public class DirectoryUser implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String id;
    private final String username;
    private final String name;
    private final String email;
    private final boolean enabled;

    public DirectoryUser(String id, String username, String name, String email, boolean enabled) {
        this.id = id;
        this.username = username;
        this.name = name;
        this.email = email;
        this.enabled = enabled;
    }

    public String getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public boolean isEnabled() {
        return enabled;
    }
}
