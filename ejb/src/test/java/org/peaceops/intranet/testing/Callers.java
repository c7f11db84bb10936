package org.peaceops.intranet.testing;

import java.util.EnumSet;
import java.util.Set;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.shared.PersonnelCategory;
import org.peaceops.intranet.shared.Role;

/**
 * Signed-in people for tests. Every person of the intranet is at least a reader, so the roles a test
 * names are added to {@link Role#READER} unless it asks for {@link Builder#onlyRoles exactly} some; the
 * rest defaults to a civilian at headquarters whose subject, username and display name are one name.
 */
public final class Callers {

    private Callers() {
    }

    /** A civilian named {@code name} (also subject and username), reader of {@code mission} plus {@code roles}. */
    public static Caller person(String name, String mission, Role... roles) {
        return named(name).at(mission).withRoles(roles).build();
    }

    /** A person to describe further; build it with {@link Builder#build()}. */
    public static Builder named(String name) {
        return new Builder(name);
    }

    /** What a test says about a person; what it does not say keeps the defaults above. */
    public static final class Builder {
        private String subject;
        private final String username;
        private String displayName;
        private final Set<Role> roles = EnumSet.of(Role.READER);
        private String mission = Caller.HEADQUARTERS;
        private PersonnelCategory category = PersonnelCategory.CIVILIAN;

        private Builder(String name) {
            this.subject = name;
            this.username = name;
            this.displayName = name;
        }

        /** The sign-in's subject id, when a test tells it apart from the username. */
        public Builder subject(String subject) {
            this.subject = subject;
            return this;
        }

        public Builder displayName(String displayName) {
            this.displayName = displayName;
            return this;
        }

        /** The person's mission code, or {@code HQ}. */
        public Builder at(String mission) {
            this.mission = mission;
            return this;
        }

        /** Roles on top of reader. */
        public Builder withRoles(Role... more) {
            roles.addAll(Set.of(more));
            return this;
        }

        /** Exactly these roles, without the implied reader (for rules that look at the role set itself). */
        public Builder onlyRoles(Role... exactly) {
            roles.clear();
            roles.addAll(Set.of(exactly));
            return this;
        }

        public Builder category(PersonnelCategory category) {
            this.category = category;
            return this;
        }

        public Caller build() {
            return new Caller(subject, username, displayName, roles, mission, category);
        }
    }
}
