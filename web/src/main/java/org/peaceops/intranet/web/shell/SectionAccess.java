package org.peaceops.intranet.web.shell;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.peaceops.intranet.shared.Role;

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
                    "/toolbox/*", EnumSet.allOf(Role.class)),
            new Section(new NavigationItem("admin", "nav.admin", "/admin/index", "pi pi-cog"),
                    "/admin/*", EnumSet.of(Role.ADMIN)));

    /**
     * URL spaces inside a section open to fewer roles than the section (checked before the sections):
     * the trainer screens live under the training section, for trainers and administrators only.
     */
    public static final List<Section> NARROWED = List.of(
            new Section(new NavigationItem("training-manage", "nav.trainingManage", "/training/manage/index",
                    "pi pi-users"), "/training/manage/*", EnumSet.of(Role.TRAINER, Role.ADMIN)));

    /** Pages anyone may open: signing in, the error pages, and certificate verification. */
    public static final List<String> PUBLIC_PAGES = List.of("/login.xhtml", "/error/*", "/verify/*");

    /**
     * Single pages narrower than their section (web.xml has an exact-path constraint for each). The
     * Toolbox section itself is open to every role: a published report, the recommendations board and the
     * communities are read by everyone their access rules admit, and the services decide per report.
     */
    public static final java.util.Map<String, Set<Role>> PAGE_RULES = java.util.Map.ofEntries(
            java.util.Map.entry("/library/upload.xhtml", EnumSet.of(Role.CONTRIBUTOR, Role.ADMIN)),
            // reports are written by contributors, and reviewed by their mission's officers only
            java.util.Map.entry("/toolbox/file.xhtml", EnumSet.of(Role.CONTRIBUTOR)),
            java.util.Map.entry("/toolbox/review.xhtml", EnumSet.of(Role.BPO)),
            java.util.Map.entry("/toolbox/mine.xhtml", EnumSet.of(Role.CONTRIBUTOR)),
            // trends set the priorities for new guidance: for those who review reports and approve guidance
            java.util.Map.entry("/toolbox/trends.xhtml", EnumSet.of(Role.BPO, Role.APPROVER, Role.ADMIN)),
            java.util.Map.entry("/toolbox/trends-export", EnumSet.of(Role.BPO, Role.APPROVER, Role.ADMIN)));

    /** Pages outside the sections that every signed-in person may open. */
    public static final List<String> EVERYONE_PAGES = List.of("/index.xhtml", "/search/index.xhtml");

    /** REST resources and who may call them; web.xml narrows /api/v1/admin/* the same way. */
    public static final java.util.Map<String, Set<Role>> API_RULES = java.util.Map.ofEntries(
            java.util.Map.entry("/api/v1/me", EnumSet.allOf(Role.class)),
            java.util.Map.entry("/api/v1/document-types", EnumSet.allOf(Role.class)),
            java.util.Map.entry("/api/v1/routes", EnumSet.allOf(Role.class)),
            java.util.Map.entry("/api/v1/search", EnumSet.allOf(Role.class)),
            java.util.Map.entry("/api/v1/search/*", EnumSet.allOf(Role.class)),
            // workflow and administration: every signed-in person; the services trim per document
            java.util.Map.entry("/api/v1/documents", EnumSet.allOf(Role.class)),
            java.util.Map.entry("/api/v1/documents/*", EnumSet.allOf(Role.class)),
            java.util.Map.entry("/api/v1/notifications", EnumSet.allOf(Role.class)),
            java.util.Map.entry("/api/v1/notifications/*", EnumSet.allOf(Role.class)),
            // training: every signed-in person; the services scope trainers and learners
            java.util.Map.entry("/api/v1/training/*", EnumSet.allOf(Role.class)),
            // attestation batches are imported and verified by those who manage a mission's training
            java.util.Map.entry("/api/v1/training/attestations", EnumSet.of(Role.TRAINER, Role.ADMIN)),
            java.util.Map.entry("/api/v1/training/attestations/*", EnumSet.of(Role.TRAINER, Role.ADMIN)),
            // induction programmes and arrival dates: the same people
            java.util.Map.entry("/api/v1/training/induction", EnumSet.of(Role.TRAINER, Role.ADMIN)),
            java.util.Map.entry("/api/v1/training/induction/*", EnumSet.of(Role.TRAINER, Role.ADMIN)),
            // refreshers owed and out-of-date courses: for those who manage training (services scope the missions)
            java.util.Map.entry("/api/v1/training/refreshers", EnumSet.of(Role.TRAINER, Role.ADMIN)),
            java.util.Map.entry("/api/v1/training/refreshers/*", EnumSet.of(Role.TRAINER, Role.ADMIN)),
            // the Toolbox: every signed-in person; the services trim reports and decisions per caller
            java.util.Map.entry("/api/v1/toolbox/*", EnumSet.allOf(Role.class)),
            java.util.Map.entry("/api/v1/toolbox/trends", EnumSet.of(Role.BPO, Role.APPROVER, Role.ADMIN)),
            // compliance dashboards and their drill-downs: the same people (services scope the missions)
            java.util.Map.entry("/api/v1/training/compliance", EnumSet.of(Role.TRAINER, Role.ADMIN)),
            java.util.Map.entry("/api/v1/training/compliance/*", EnumSet.of(Role.TRAINER, Role.ADMIN)),
            // the list of sessions is the trainers'; below it learners enrol, withdraw and evaluate (services scope)
            java.util.Map.entry("/api/v1/training/sessions", EnumSet.of(Role.TRAINER, Role.ADMIN)),
            java.util.Map.entry("/api/v1/training/sessions/*", EnumSet.allOf(Role.class)),
            java.util.Map.entry("/api/v1/admin/*", EnumSet.of(Role.ADMIN)));

    private SectionAccess() {
    }

    /**
     * The roles that may open a page or call an endpoint; empty when no rule covers the path, which
     * the authorization matrix tests treat as a failure (deny by default, and every route decided).
     */
    public static java.util.Optional<Set<Role>> rolesFor(String path) {
        if (PAGE_RULES.containsKey(path)) {
            return java.util.Optional.of(PAGE_RULES.get(path));
        }
        if (EVERYONE_PAGES.contains(path)) {
            return java.util.Optional.of(EnumSet.allOf(Role.class));
        }
        for (Section section : NARROWED) {
            if (matches(section.urlPattern(), path)) {
                return java.util.Optional.of(section.roles());
            }
        }
        for (Section section : SECTIONS) {
            if (matches(section.urlPattern(), path)) {
                return java.util.Optional.of(section.roles());
            }
        }
        // the most specific rule decides, as in the servlet container's URL matching
        return API_RULES.entrySet().stream().filter(rule -> matches(rule.getKey(), path))
                .max(java.util.Comparator.comparingInt(rule -> rule.getKey().length()))
                .map(java.util.Map.Entry::getValue);
    }

    public static boolean isPublic(String path) {
        return PUBLIC_PAGES.stream().anyMatch(pattern -> matches(pattern, path));
    }

    /** Servlet-style patterns: an exact path, or a prefix ending in {@code /*}. */
    static boolean matches(String pattern, String path) {
        return pattern.endsWith("/*") ? path.startsWith(pattern.substring(0, pattern.length() - 1)) : pattern.equals(path);
    }
}
