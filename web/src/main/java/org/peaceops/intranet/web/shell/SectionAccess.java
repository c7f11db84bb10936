package org.peaceops.intranet.web.shell;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.peaceops.intranet.identity.domain.Role;

/**
 * Which roles may use which section of the intranet. web.xml declares the same for the URL spaces
 * ({@code /library/*}, ...); a unit test keeps the two in step.
 */
public final class SectionAccess {

    /** A section: its navigation entry, its URL space and the roles allowed in it. */
    public record Section(NavigationItem item, String urlPattern, Set<Role> roles) {
    }

    public static final List<Section> SECTIONS = List.of(
            new Section(new NavigationItem("library", "nav.library", "/library/index", "pi pi-book"),
                    "/library/*", EnumSet.allOf(Role.class)),
            new Section(new NavigationItem("training", "nav.training", "/training/index", "pi pi-graduation-cap"),
                    "/training/*", EnumSet.allOf(Role.class)),
            new Section(new NavigationItem("toolbox", "nav.toolbox", "/toolbox/index", "pi pi-briefcase"),
                    "/toolbox/*", EnumSet.of(Role.CONTRIBUTOR, Role.APPROVER, Role.ADMIN)),
            new Section(new NavigationItem("admin", "nav.admin", "/admin/index", "pi pi-cog"),
                    "/admin/*", EnumSet.of(Role.ADMIN)));

    private SectionAccess() {
    }
}
