package org.peaceops.intranet.shared;

import java.util.Locale;
import java.util.Optional;

/** Personnel categories that drive visibility and training rules (DOMAIN.md, Scoping). */
public enum PersonnelCategory {
    MILITARY, POLICE, CIVILIAN, VOLUNTEER;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<PersonnelCategory> fromCode(String code) {
        for (PersonnelCategory c : values()) {
            if (c.code().equalsIgnoreCase(code)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
