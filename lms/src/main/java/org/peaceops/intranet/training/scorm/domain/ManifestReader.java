package org.peaceops.intranet.training.scorm.domain;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads {@code imsmanifest.xml} as IMS Content Packaging with the SCORM 1.2 or 2004 application profile.
 * The parser refuses any document type declaration, so no entity (external or expanding) is ever resolved,
 * and it fetches no schema: the structure SCORM needs is checked here, element by element, rather than
 * against the XSDs, which a package could otherwise point anywhere.
 */
final class ManifestReader {

    static final String CP_12 = "http://www.imsproject.org/xsd/imscp_rootv1p1p2";
    static final String CP_2004 = "http://www.imsglobal.org/xsd/imscp_v1p1";
    static final String ADLCP_12 = "http://www.adlnet.org/xsd/adlcp_rootv1p2";
    static final String ADLCP_2004 = "http://www.adlnet.org/xsd/adlcp_v1p3";
    static final String IMSSS = "http://www.imsglobal.org/xsd/imsss";
    private static final String XML_NS = XMLConstants.XML_NS_URI;

    private ManifestReader() {
    }

    static PackageManifest read(byte[] xml) {
        Element root = parse(xml).getDocumentElement();
        String ns = String.valueOf(root.getNamespaceURI());
        if (!"manifest".equals(root.getLocalName()) || !(ns.equals(CP_12) || ns.equals(CP_2004))) {
            throw new PackageRefused(PackageProblem.MALFORMED_MANIFEST, "<" + root.getNodeName() + "> " + ns);
        }
        ScormVersion version = versionOf(root, ns);
        Map<String, Element> resources = resourcesOf(root);
        Set<PackagePath> named = new LinkedHashSet<>();
        String resourcesBase = child(root, "resources").map(r -> base(r)).orElse("");
        for (Element resource : resources.values()) {
            String base = resourcesBase + base(resource);
            String href = resource.getAttribute("href");
            if (!href.isBlank()) {
                named.add(PackagePath.ofHref(base, href));
            }
            for (Element file : children(resource, "file")) {
                named.add(PackagePath.ofHref(base, file.getAttribute("href")));
            }
            for (Element dependency : children(resource, "dependency")) {
                if (!resources.containsKey(dependency.getAttribute("identifierref"))) {
                    throw new PackageRefused(PackageProblem.UNKNOWN_RESOURCE, dependency.getAttribute("identifierref"));
                }
            }
        }
        Element organization = defaultOrganization(root);
        List<Sco> items = new ArrayList<>();
        collectItems(organization, resources, resourcesBase, version, items);
        if (items.isEmpty()) {
            throw new PackageRefused(PackageProblem.NO_CONTENT, organization.getAttribute("identifier"));
        }
        for (Sco item : items) {
            named.add(item.launch());
            if (!item.launch().isHtml()) {
                throw new PackageRefused(PackageProblem.LAUNCH_NOT_HTML, item.launch().value());
            }
        }
        String title = child(organization, "title").map(Node::getTextContent).map(String::strip)
                .filter(t -> !t.isEmpty()).orElse(items.get(0).title());
        return new PackageManifest(version, root.getAttribute("identifier"), root.getAttribute("version"),
                title, items, named);
    }

    private static Document parse(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler()); // no parser chatter on stderr
            return builder.parse(new ByteArrayInputStream(xml));
        } catch (SAXException e) {
            if (String.valueOf(e.getMessage()).contains("DOCTYPE")) {
                throw new PackageRefused(PackageProblem.EXTERNAL_ENTITY, "<!DOCTYPE>", e);
            }
            throw new PackageRefused(PackageProblem.MALFORMED_MANIFEST, String.valueOf(e.getMessage()), e);
        } catch (IOException | ParserConfigurationException e) {
            throw new PackageRefused(PackageProblem.MALFORMED_MANIFEST, String.valueOf(e.getMessage()), e);
        }
    }

    private static ScormVersion versionOf(Element root, String ns) {
        Optional<String> schemaVersion = child(root, "metadata").flatMap(m -> child(m, "schemaversion"))
                .map(Node::getTextContent);
        if (schemaVersion.isEmpty() && ns.equals(CP_12)) {
            return ScormVersion.SCORM_12; // 1.2 made the metadata optional; its namespace says enough
        }
        ScormVersion version = schemaVersion.flatMap(ScormVersion::ofSchemaVersion)
                .orElseThrow(() -> new PackageRefused(PackageProblem.UNSUPPORTED_VERSION, schemaVersion.orElse("-")));
        if (version.is2004() != ns.equals(CP_2004)) {
            throw new PackageRefused(PackageProblem.UNSUPPORTED_VERSION, schemaVersion.orElse("-") + " / " + ns);
        }
        return version;
    }

    private static Map<String, Element> resourcesOf(Element root) {
        Map<String, Element> byId = new HashMap<>();
        child(root, "resources").ifPresent(r -> children(r, "resource")
                .forEach(resource -> byId.put(resource.getAttribute("identifier"), resource)));
        return byId;
    }

    private static Element defaultOrganization(Element root) {
        Element organizations = child(root, "organizations")
                .orElseThrow(() -> new PackageRefused(PackageProblem.NO_CONTENT, "<organizations>"));
        List<Element> all = children(organizations, "organization");
        if (all.isEmpty()) {
            throw new PackageRefused(PackageProblem.NO_CONTENT, "<organization>");
        }
        String chosen = organizations.getAttribute("default");
        return all.stream().filter(o -> o.getAttribute("identifier").equals(chosen)).findFirst().orElse(all.get(0));
    }

    private static void collectItems(Element parent, Map<String, Element> resources, String resourcesBase,
            ScormVersion version, List<Sco> into) {
        for (Element item : children(parent, "item")) {
            String ref = item.getAttribute("identifierref");
            if (!ref.isBlank()) {
                Element resource = resources.get(ref);
                if (resource == null) {
                    throw new PackageRefused(PackageProblem.UNKNOWN_RESOURCE, ref);
                }
                String href = resource.getAttribute("href");
                if (href.isBlank()) {
                    throw new PackageRefused(PackageProblem.MISSING_FILE, ref + " (href)");
                }
                String base = resourcesBase + base(resource);
                String suffix = PackagePath.suffixOf(href) + parameters(href, item.getAttribute("parameters"));
                String title = child(item, "title").map(Node::getTextContent).map(String::strip).orElse(ref);
                into.add(new Sco(item.getAttribute("identifier"), title, PackagePath.ofHref(base, href), suffix,
                        isSco(resource, version), mastery(item, version)));
            }
            collectItems(item, resources, resourcesBase, version, into);
        }
    }

    private static boolean isSco(Element resource, ScormVersion version) {
        String type = version.is2004() ? resource.getAttributeNS(ADLCP_2004, "scormType")
                : resource.getAttributeNS(ADLCP_12, "scormtype");
        return "sco".equalsIgnoreCase(type.strip());
    }

    /** The item's {@code parameters} joined to the href's own query, as content packaging says. */
    private static String parameters(String href, String parameters) {
        String p = parameters == null ? "" : parameters.strip();
        if (p.isEmpty() || p.startsWith("#")) {
            return p;
        }
        String bare = p.startsWith("?") ? p.substring(1) : p;
        return (href.contains("?") ? "&" : "?") + bare;
    }

    private static BigDecimal mastery(Element item, ScormVersion version) {
        try {
            if (!version.is2004()) {
                return childNS(item, ADLCP_12, "masteryscore").map(e -> new BigDecimal(e.getTextContent().strip()))
                        .orElse(null);
            }
            return childNS(item, IMSSS, "sequencing").flatMap(s -> childNS(s, IMSSS, "objectives"))
                    .flatMap(o -> childNS(o, IMSSS, "primaryObjective"))
                    .filter(p -> "true".equals(p.getAttribute("satisfiedByMeasure").strip()))
                    .flatMap(p -> childNS(p, IMSSS, "minNormalizedMeasure"))
                    .map(m -> new BigDecimal(m.getTextContent().strip()).movePointRight(2).stripTrailingZeros())
                    .orElse(null);
        } catch (NumberFormatException e) {
            throw new PackageRefused(PackageProblem.MALFORMED_MANIFEST, "mastery score of " + item.getAttribute("identifier"), e);
        }
    }

    private static String base(Element element) {
        String base = element.getAttributeNS(XML_NS, "base").strip();
        return base.isEmpty() || base.endsWith("/") ? base : base + "/";
    }

    private static Optional<Element> child(Element parent, String localName) {
        return children(parent, localName).stream().findFirst();
    }

    private static Optional<Element> childNS(Element parent, String ns, String localName) {
        return children(parent, localName).stream().filter(e -> ns.equals(e.getNamespaceURI())).findFirst();
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }
}
