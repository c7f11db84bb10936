package org.peaceops.intranet.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A peace operation (or HQ) as the intranet records it. Its code is also the Keycloak group
 * {@code /missions/<CODE>} and the {@code mission} claim, so it is fixed once created.
 */
@Entity
@Table(name = "mission", schema = "documents")
public class Mission {

    /** Upper-case letters and digits, as UN mission acronyms are (UNMISS, MINUSCA, UNIFIL, HQ). */
    public static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]{1,19}");

    @Id
    @Column(length = 20)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 100)
    private String country;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MissionStatus status;

    @Column(name = "keycloak_group_id", length = 64)
    private String keycloakGroupId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 255)
    private String createdBy;

    protected Mission() {
        // for JPA
    }

    public Mission(String code, String name, String country, String createdBy, Instant at) {
        this.code = normalisedCode(code);
        this.name = required(name, "name", 200);
        this.country = required(country, "country", 100);
        this.status = MissionStatus.ACTIVE;
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.createdAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    /** The code as it must be written, or an {@link IllegalArgumentException} saying why it cannot be. */
    public static String normalisedCode(String code) {
        String upper = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (!CODE.matcher(upper).matches()) {
            throw new IllegalArgumentException("A mission code is 2 to 20 letters or digits, starting with a letter");
        }
        return upper;
    }

    private static String required(String value, String field, int max) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty() || text.length() > max) {
            throw new IllegalArgumentException("The mission's " + field + " is required (at most " + max + " characters)");
        }
        return text;
    }

    /** Links the record to its Keycloak group once the group exists. */
    public void linkGroup(String groupId) {
        this.keycloakGroupId = groupId;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getCountry() {
        return country;
    }

    public MissionStatus getStatus() {
        return status;
    }

    public String getKeycloakGroupId() {
        return keycloakGroupId;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }
}
