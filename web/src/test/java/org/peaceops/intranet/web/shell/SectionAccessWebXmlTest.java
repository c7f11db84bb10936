package org.peaceops.intranet.web.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.peaceops.intranet.shared.Role;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** SectionAccess (what the navigation shows) and web.xml (what the container enforces) must agree. */
class SectionAccessWebXmlTest {

    private static final String NS = "https://jakarta.ee/xml/ns/jakartaee";
    /** Surefire runs in the module directory. */
    private static final Path WEB_XML = Path.of("src/main/webapp/WEB-INF/web.xml");

    /** One security-constraint: its URL patterns, its roles (null: no auth-constraint, i.e. public). */
    record Constraint(Set<String> urlPatterns, Set<String> roles, int httpMethodRestrictions) {
        boolean isPublic() {
            return roles == null;
        }
    }

    private static Document webXml;
    private static List<Constraint> constraints;

    @BeforeAll
    static void parse() throws Exception {
        assertThat(WEB_XML).exists();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try (var in = Files.newInputStream(WEB_XML)) {
            webXml = factory.newDocumentBuilder().parse(in);
        }
        constraints = new ArrayList<>();
        NodeList nodes = webXml.getDocumentElement().getElementsByTagNameNS(NS, "security-constraint");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element constraint = (Element) nodes.item(i);
            NodeList auth = constraint.getElementsByTagNameNS(NS, "auth-constraint");
            Set<String> roles = auth.getLength() == 0 ? null : texts((Element) auth.item(0), "role-name");
            int methods = constraint.getElementsByTagNameNS(NS, "http-method").getLength()
                    + constraint.getElementsByTagNameNS(NS, "http-method-omission").getLength();
            constraints.add(new Constraint(texts(constraint, "url-pattern"), roles, methods));
        }
    }

    private static Set<String> texts(Element parent, String name) {
        NodeList nodes = parent.getElementsByTagNameNS(NS, name);
        Set<String> values = new TreeSet<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            values.add(nodes.item(i).getTextContent().trim());
        }
        return values;
    }

    private static List<Constraint> constraintsOn(String urlPattern) {
        return constraints.stream().filter(c -> c.urlPatterns().contains(urlPattern)).toList();
    }

    private static Set<String> roleNames(Set<Role> roles) {
        return roles.stream().map(Role::roleName).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void webXmlHasSecurityConstraints() {
        assertThat(constraints).hasSizeGreaterThanOrEqualTo(SectionAccess.SECTIONS.size() + 2);
    }

    @Test
    void eachSectionIsGuardedByExactlyItsRoles() {
        assertThat(SectionAccess.SECTIONS).isNotEmpty();
        for (SectionAccess.Section section : SectionAccess.SECTIONS) {
            // Constraints on the same pattern are combined by the container, so there must be exactly one.
            List<Constraint> onPattern = constraintsOn(section.urlPattern());
            assertThat(onPattern).as("security-constraints on %s", section.urlPattern()).hasSize(1);
            Constraint constraint = onPattern.get(0);

            assertThat(constraint.isPublic()).as("%s must not be public", section.urlPattern()).isFalse();
            assertThat(constraint.roles()).as("roles of %s", section.urlPattern())
                    .containsExactlyInAnyOrderElementsOf(roleNames(section.roles()));
            assertThat(constraint.httpMethodRestrictions())
                    .as("%s must apply to every HTTP method", section.urlPattern()).isZero();
        }
    }

    @Test
    void eachSinglePageRuleIsGuardedByExactlyItsRoles() {
        for (var rule : SectionAccess.PAGE_RULES.entrySet()) {
            List<Constraint> onPage = constraintsOn(rule.getKey());
            assertThat(onPage).as("security-constraints on %s", rule.getKey()).hasSize(1);
            assertThat(onPage.get(0).roles()).as("roles of %s", rule.getKey())
                    .containsExactlyInAnyOrderElementsOf(roleNames(rule.getValue()));
            assertThat(onPage.get(0).httpMethodRestrictions()).isZero();
        }
        assertThat(SectionAccess.rolesFor("/library/upload.xhtml")).contains(EnumSet.of(Role.CONTRIBUTOR, Role.ADMIN));
    }

    @Test
    void eachNarrowedSpaceIsGuardedByExactlyItsRolesAndLiesInsideASection() {
        assertThat(SectionAccess.NARROWED).isNotEmpty();
        for (SectionAccess.Section narrowed : SectionAccess.NARROWED) {
            List<Constraint> onPattern = constraintsOn(narrowed.urlPattern());
            assertThat(onPattern).as("security-constraints on %s", narrowed.urlPattern()).hasSize(1);
            assertThat(onPattern.get(0).roles()).containsExactlyInAnyOrderElementsOf(roleNames(narrowed.roles()));
            assertThat(onPattern.get(0).httpMethodRestrictions()).isZero();
            assertThat(SectionAccess.SECTIONS).anyMatch(s -> narrowed.urlPattern().startsWith(
                    s.urlPattern().substring(0, s.urlPattern().length() - 1))
                    && s.roles().containsAll(narrowed.roles()));
        }
    }

    @Test
    void sectionsHaveDistinctUrlSpacesAndIds() {
        assertThat(SectionAccess.SECTIONS.stream().map(SectionAccess.Section::urlPattern)).doesNotHaveDuplicates();
        assertThat(SectionAccess.SECTIONS.stream().map(s -> s.item().getId())).doesNotHaveDuplicates();
        for (SectionAccess.Section section : SectionAccess.SECTIONS) {
            String space = section.urlPattern().substring(0, section.urlPattern().length() - 1);
            assertThat(section.urlPattern()).endsWith("/*");
            assertThat(section.item().getOutcome()).as("outcome of %s", section.item().getId()).startsWith(space);
            assertThat(section.roles()).isNotEmpty();
        }
    }

    @Test
    void everythingElseNeedsOneOfTheFiveRoles() {
        List<Constraint> onEverything = constraintsOn("/*");

        assertThat(onEverything).hasSize(1);
        assertThat(onEverything.get(0).roles()).containsExactlyInAnyOrderElementsOf(roleNames(EnumSet.allOf(Role.class)));
        assertThat(onEverything.get(0).httpMethodRestrictions()).isZero();
    }

    @Test
    void onlyTheLoginPageErrorPagesStaticResourcesScormContentAndTheNodesFilesChannelArePublic() {
        List<Constraint> publicOnes = constraints.stream().filter(Constraint::isPublic).toList();

        assertThat(publicOnes).hasSize(1);
        assertThat(publicOnes.get(0).urlPatterns()).containsExactlyInAnyOrder(
                "/login.xhtml", "/error/*", "/verify/*", "/jakarta.faces.resource/*", "/favicon.ico",
                // sandboxed SCORM content carries no session; its path holds the package's SHA-256
                "/scorm-content/*",
                // the mission nodes' files channel checks a node credential itself (NodeContentServlet)
                "/api/v1/node/content/*");
    }

    @Test
    void noConstraintDeniesEveryoneByAnEmptyAuthConstraint() {
        assertThat(constraints).filteredOn(c -> !c.isPublic()).allSatisfy(c -> assertThat(c.roles()).isNotEmpty());
    }

    @Test
    void uncoveredHttpMethodsAreDenied() {
        assertThat(webXml.getDocumentElement().getElementsByTagNameNS(NS, "deny-uncovered-http-methods").getLength())
                .isEqualTo(1);
    }

    @Test
    void declaresExactlyTheFiveRoles() {
        Set<String> declared = new TreeSet<>();
        NodeList roles = webXml.getDocumentElement().getElementsByTagNameNS(NS, "security-role");
        for (int i = 0; i < roles.getLength(); i++) {
            declared.addAll(texts((Element) roles.item(i), "role-name"));
        }

        assertThat(declared).containsExactlyInAnyOrderElementsOf(roleNames(EnumSet.allOf(Role.class)));
    }

    @Test
    void everyRoleNamedInAConstraintIsARealRole() {
        Set<String> known = roleNames(EnumSet.allOf(Role.class));

        assertThat(constraints).filteredOn(c -> !c.isPublic())
                .allSatisfy(c -> assertThat(known).containsAll(c.roles()));
    }
}
