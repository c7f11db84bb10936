package org.peaceops.intranet.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.stream.Collectors;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.shared.Role;

/**
 * Someone who has signed in, as the local directory remembers them: the provider's stable subject id,
 * and their name, mission, category and roles as of their last sign-in (a move between missions in
 * Keycloak shows here at the next sign-in).
 */
@Entity
@Table(name = "person", schema = "documents")
public class Person {

    @Id
    @Column(length = 255)
    private String subject;

    @Column(nullable = false, length = 255)
    private String username;

    @Column(name = "display_name", nullable = false, length = 255)
    private String displayName;

    @Column(length = 320)
    private String email;

    @Column(nullable = false, length = 20)
    private String mission;

    @Column(nullable = false, length = 20)
    private String category;

    @Column(nullable = false, length = 200)
    private String roles;

    @Column(name = "first_seen", nullable = false)
    private LocalDateTime firstSeen;

    @Column(name = "last_sign_in", nullable = false)
    private LocalDateTime lastSignIn;

    @Column(name = "sign_in_count", nullable = false)
    private int signInCount;

    @Column(name = "account_enabled", nullable = false)
    private boolean accountEnabled = true;

    @Column(name = "directory_synced_at")
    private LocalDateTime directorySyncedAt;

    protected Person() {
        // for JPA
    }

    /** The first sign-in of someone the directory has not seen before. */
    public static Person firstSignIn(Caller profile, String email, Instant at) {
        Person person = new Person();
        person.subject = profile.subject();
        person.firstSeen = utc(at);
        person.signedIn(profile, email, at);
        return person;
    }

    /** Refreshes what the identity provider says of the person now. */
    public void signedIn(Caller profile, String email, Instant at) {
        if (!subject.equals(profile.subject())) {
            throw new IllegalArgumentException("Profile of " + profile.subject() + " applied to " + subject);
        }
        username = profile.username();
        displayName = profile.displayName();
        this.email = email;
        mission = profile.mission();
        category = profile.category().code();
        roles = profile.roles().stream().map(Role::roleName).sorted().collect(Collectors.joining(","));
        lastSignIn = utc(at);
        signInCount++;
        accountEnabled = true;
    }

    /**
     * What the identity provider's directory says of the person between sign-ins (periodic sync): a move
     * to another mission or category, a new name or e-mail, a disabled account. Roles are left to the
     * next sign-in, where the token is the authority on them. Blank values from the directory are ignored.
     */
    public void refreshFromDirectory(String displayName, String email, String mission, String category,
            boolean enabled, Instant at) {
        if (displayName != null && !displayName.isBlank()) {
            this.displayName = displayName.strip();
        }
        if (email != null && !email.isBlank()) {
            this.email = email.strip();
        }
        if (mission != null && !mission.isBlank()) {
            this.mission = mission.strip().toUpperCase(java.util.Locale.ROOT);
        }
        if (category != null && !category.isBlank()) {
            this.category = category.strip().toLowerCase(java.util.Locale.ROOT);
        }
        this.accountEnabled = enabled;
        this.directorySyncedAt = utc(at);
    }

    public boolean isAccountEnabled() {
        return accountEnabled;
    }

    public LocalDateTime getDirectorySyncedAt() {
        return directorySyncedAt;
    }

    private static LocalDateTime utc(Instant at) {
        return LocalDateTime.ofInstant(Objects.requireNonNull(at), ZoneOffset.UTC);
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

    public LocalDateTime getFirstSeen() {
        return firstSeen;
    }

    public LocalDateTime getLastSignIn() {
        return lastSignIn;
    }

    public int getSignInCount() {
        return signInCount;
    }
}
