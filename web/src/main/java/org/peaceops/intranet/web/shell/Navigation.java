package org.peaceops.intranet.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Set;
import org.peaceops.intranet.shared.Role;
import org.peaceops.intranet.web.security.CurrentUser;

/**
 * The main navigation, showing only the sections a person's roles may use. The same role sets guard
 * the URL spaces in web.xml; {@code SectionAccess} keeps the two in one place.
 */
@Named
@RequestScoped
public class Navigation {

    @Inject
    CurrentUser user;

    public List<NavigationItem> getItems() {
        return SectionAccess.SECTIONS.stream()
                .filter(section -> allowed(section.roles()))
                .map(SectionAccess.Section::item)
                .toList();
    }

    private boolean allowed(Set<Role> roles) {
        return roles.stream().anyMatch(user::hasRole);
    }
}
