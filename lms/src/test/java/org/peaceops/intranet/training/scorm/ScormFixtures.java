package org.peaceops.intranet.training.scorm;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/**
 * SCORM packages built in code, since no real package can be had from the registries this build uses:
 * a minimal SCORM 1.2 single-SCO package and a SCORM 2004 4th edition package of two SCOs, both written
 * to the content packaging and SCORM profiles (namespaces, schemaversion, scormtype, masteryscore or a
 * primary objective measure), and the hostile ones the import must refuse. Shared with the ear's
 * integration tests (this module's test jar), which play them in a browser.
 */
public final class ScormFixtures {

    private static final long FIXED_TIME = 1_780_000_000_000L;

    private ScormFixtures() {
    }

    public static final String SCO_12 = """
            <!DOCTYPE html><html><head><title>Conduct and discipline</title></head>
            <body><h1>Conduct and discipline</h1></body></html>""";

    public static String manifest12() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <manifest identifier="org.peaceops.conduct12" version="1.1"
                    xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
                    xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
                    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                    xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd
                      http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
                  <metadata><schema>ADL SCORM</schema><schemaversion>1.2</schemaversion></metadata>
                  <organizations default="org1">
                    <organization identifier="org1">
                      <title>Conduct and discipline</title>
                      <item identifier="item1" identifierref="res1" isvisible="true">
                        <title>Conduct and discipline, the essentials</title>
                        <adlcp:masteryscore>80</adlcp:masteryscore>
                      </item>
                    </organization>
                  </organizations>
                  <resources>
                    <resource identifier="res1" type="webcontent" adlcp:scormtype="sco" href="sco/index.html">
                      <file href="sco/index.html"/>
                      <file href="sco/style.css"/>
                    </resource>
                  </resources>
                </manifest>
                """;
    }

    public static String manifest2004() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <manifest identifier="org.peaceops.security2004" version="2"
                    xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
                    xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
                    xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
                    xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
                    xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
                    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
                  <metadata><schema>ADL SCORM</schema><schemaversion>2004 4th Edition</schemaversion></metadata>
                  <organizations default="org">
                    <organization identifier="org">
                      <title>Security in the field</title>
                      <item identifier="module1">
                        <title>Before you travel</title>
                        <item identifier="sco1" identifierref="r1">
                          <title>Travel security</title>
                          <imsss:sequencing>
                            <imsss:objectives>
                              <imsss:primaryObjective objectiveID="pass" satisfiedByMeasure="true">
                                <imsss:minNormalizedMeasure>0.75</imsss:minNormalizedMeasure>
                              </imsss:primaryObjective>
                            </imsss:objectives>
                          </imsss:sequencing>
                        </item>
                      </item>
                      <item identifier="sco2" identifierref="r2" parameters="?part=2">
                        <title>In the compound</title>
                      </item>
                    </organization>
                  </organizations>
                  <resources xml:base="content/">
                    <resource identifier="r1" type="webcontent" adlcp:scormType="sco" href="travel.html">
                      <file href="travel.html"/>
                      <dependency identifierref="shared"/>
                    </resource>
                    <resource identifier="r2" type="webcontent" adlcp:scormType="sco" href="compound%20life.html">
                      <file href="compound life.html"/>
                      <dependency identifierref="shared"/>
                    </resource>
                    <resource identifier="shared" type="webcontent" adlcp:scormType="asset">
                      <file href="shared/api.js"/>
                    </resource>
                  </resources>
                </manifest>
                """;
    }

    /** SCORM 1.2, one SCO, mastery score 80. */
    public static byte[] scorm12() {
        return zip(files("imsmanifest.xml", manifest12(), "sco/index.html", SCO_12, "sco/style.css", "h1{}"));
    }

    /** SCORM 2004 4th edition, two SCOs under xml:base, the first with a mastery measure of 0.75. */
    public static byte[] scorm2004() {
        return zip(files2004(SCO_12));
    }

    /** The files of {@link #scorm2004()}, with {@code sco} as the page of both SCOs. */
    public static Map<String, String> files2004(String sco) {
        return files("imsmanifest.xml", manifest2004(), "content/travel.html", sco,
                "content/compound life.html", sco, "content/shared/api.js", "var x = 1;");
    }

    public static byte[] pathTraversal() {
        return zip(files("imsmanifest.xml", manifest12(), "sco/index.html", SCO_12, "sco/style.css", "h1{}",
                "../../etc/cron.d/evil", "* * * * * root true"));
    }

    public static byte[] missingManifest() {
        return zip(files("sco/index.html", SCO_12, "sco/style.css", "h1{}"));
    }

    public static byte[] externalEntity() {
        String xxe = manifest12().replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE manifest [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>")
                .replace("<title>Conduct and discipline</title>", "<title>&secret;</title>");
        return zip(files("imsmanifest.xml", xxe, "sco/index.html", SCO_12, "sco/style.css", "h1{}"));
    }

    public static byte[] missingLaunchFile() {
        return zip(files("imsmanifest.xml", manifest12(), "sco/style.css", "h1{}"));
    }

    /** 64 MB of zeros deflated to a few tens of kilobytes: declared honestly, refused on its ratio. */
    public static byte[] zipBomb() {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                put(zip, "imsmanifest.xml", manifest12().getBytes(StandardCharsets.UTF_8), FIXED_TIME);
                put(zip, "sco/index.html", SCO_12.getBytes(StandardCharsets.UTF_8), FIXED_TIME);
                put(zip, "sco/style.css", "h1{}".getBytes(StandardCharsets.UTF_8), FIXED_TIME);
                zip.putNextEntry(new ZipEntry("sco/zeros.bin"));
                byte[] block = new byte[1 << 20];
                for (int i = 0; i < 64; i++) {
                    zip.write(block);
                }
                zip.closeEntry();
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A package whose style sheet is a symbolic link to the server's password file. */
    public static byte[] symlink() {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(bytes)) {
                for (Map.Entry<String, String> f : files("imsmanifest.xml", manifest12(), "sco/index.html", SCO_12).entrySet()) {
                    zip.putArchiveEntry(new ZipArchiveEntry(f.getKey()));
                    zip.write(f.getValue().getBytes(StandardCharsets.UTF_8));
                    zip.closeArchiveEntry();
                }
                ZipArchiveEntry link = new ZipArchiveEntry("sco/style.css");
                link.setUnixMode(0120777);
                zip.putArchiveEntry(link);
                zip.write("/etc/passwd".getBytes(StandardCharsets.UTF_8));
                zip.closeArchiveEntry();
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Map<String, String> files(String... namesAndContents) {
        Map<String, String> files = new LinkedHashMap<>();
        for (int i = 0; i < namesAndContents.length; i += 2) {
            files.put(namesAndContents[i], namesAndContents[i + 1]);
        }
        return files;
    }

    /** The same files make the same zip, byte for byte: its entries bear one fixed time. */
    public static byte[] zip(Map<String, String> files) {
        return zip(files, FIXED_TIME);
    }

    /** A zip whose entries bear {@code entryTime} (milliseconds since the epoch). */
    public static byte[] zip(Map<String, String> files, long entryTime) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                for (Map.Entry<String, String> f : files.entrySet()) {
                    put(zip, f.getKey(), f.getValue().getBytes(StandardCharsets.UTF_8), entryTime);
                }
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Path write(Path dir, String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    private static void put(ZipOutputStream zip, String name, byte[] content, long entryTime) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(entryTime);
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }

}
