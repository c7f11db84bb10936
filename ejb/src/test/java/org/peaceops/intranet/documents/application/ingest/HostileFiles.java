package org.peaceops.intranet.documents.application.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The hostile-files set, made by the tests themselves (nothing binary is committed): each method writes one
 * file into a directory and returns its path. Also used by the integration tests through the upload page.
 */
public final class HostileFiles {

    private final Path dir;

    public HostileFiles(Path dir) {
        this.dir = dir;
    }

    /** A small real PDF with one page of text. */
    public Path pdf(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, pdfBytes(text, null));
        return file;
    }

    /** A PDF that opens only with a password. */
    public Path encryptedPdf(String name) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, pdfBytes("Confidential field report", "secret-user-password"));
        return file;
    }

    /** The first half of a real PDF: header present, body cut, no cross-reference table, no trailer. */
    public Path truncatedPdf(String name) throws IOException {
        byte[] whole = pdfBytes("Report cut in the middle of its transfer. ".repeat(50), null);
        Path file = dir.resolve(name);
        Files.write(file, Arrays.copyOf(whole, whole.length / 2));
        return file;
    }

    public Path empty(String name) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, new byte[0]);
        return file;
    }

    /** JPEG magic bytes followed by a web page with a script: an image to a content check, a page to a browser. */
    public Path polyglot(String name) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0});
        out.write("<html><body><script>alert('polyglot')</script></body></html>".getBytes(StandardCharsets.US_ASCII));
        Path file = dir.resolve(name);
        Files.write(file, out.toByteArray());
        return file;
    }

    /** Plain text of {@code chars} characters, streamed to disk. */
    public Path largeText(String name, long chars) throws IOException {
        Path file = dir.resolve(name);
        byte[] line = "Lessons learned from the field are turned into guidance for every mission.\n"
                .getBytes(StandardCharsets.US_ASCII);
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long written = 0; written < chars; written += line.length) {
                out.write(line, 0, (int) Math.min(line.length, chars - written));
            }
        }
        return file;
    }

    /**
     * A DOCX whose one part inflates from a few hundred kilobytes to {@code inflatedMb} megabytes of the
     * same letter: a decompression bomb dressed as a Word document.
     */
    public Path docxBomb(String name, int inflatedMb) throws IOException {
        Path file = dir.resolve(name);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            wordPackage(zip);
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/"
                    + "wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>").getBytes(StandardCharsets.US_ASCII));
            byte[] block = new byte[1024 * 1024];
            Arrays.fill(block, (byte) 'a');
            for (int i = 0; i < inflatedMb; i++) {
                zip.write(block);
            }
            zip.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
        }
        return file;
    }

    /** The start of an ELF executable (x86-64 header), padding, then {@code mark}. */
    public Path elf(String name, String mark) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3E, 0, 1, 0, 0, 0});
        out.write(new byte[4096]);
        out.write(mark.getBytes(StandardCharsets.US_ASCII));
        Path file = dir.resolve(name);
        Files.write(file, out.toByteArray());
        return file;
    }

    /** An entity bomb: 10^9 "lol" if expanded, a few hundred bytes on disk; the root element is {@code ROOT}. */
    public static final String BILLION_LAUGHS_DOCTYPE = "<!DOCTYPE ROOT [<!ENTITY lol \"lol\">"
            + "<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
            + "<!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">"
            + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">"
            + "<!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">"
            + "<!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">"
            + "<!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">"
            + "<!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\">"
            + "<!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">"
            + "<!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">]>";
    /** The body that sets {@link #BILLION_LAUGHS_DOCTYPE} off. */
    public static final String BILLION_LAUGHS_BODY = "&lol9;";

    /** A quadratic blow-up: one entity of 100,000 characters, used by {@link #QUADRATIC_BODY} 100,000 times. */
    public static final String QUADRATIC_DOCTYPE = "<!DOCTYPE ROOT [<!ENTITY big \"" + "x".repeat(100_000) + "\">]>";
    public static final String QUADRATIC_BODY = "&big;".repeat(100_000);

    /** An external entity on /etc/passwd. */
    public static final String XXE_DOCTYPE = "<!DOCTYPE ROOT [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>";

    /**
     * A minimal Word document: {@code doctype} (its {@code ROOT} named after the root element) in
     * word/document.xml, a first paragraph "Readable first paragraph {@code mark}.", then {@code body}.
     */
    public Path docx(String name, String mark, String doctype, String body) throws IOException {
        Path file = dir.resolve(name);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            wordPackage(zip);
            entry(zip, "word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + doctype.replace("ROOT", "w:document")
                    + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                    + "<w:p><w:r><w:t>Readable first paragraph " + mark + ".</w:t></w:r></w:p>"
                    + "<w:p><w:r><w:t>" + body + "</w:t></w:r></w:p></w:body></w:document>");
        }
        return file;
    }

    /** The same as {@link #docx} for an OpenDocument text: {@code doctype} and {@code body} in content.xml. */
    public Path odt(String name, String mark, String doctype, String body) throws IOException {
        Path file = dir.resolve(name);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            ZipEntry mimetype = new ZipEntry("mimetype");
            zip.putNextEntry(mimetype);
            zip.write("application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
            entry(zip, "META-INF/manifest.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">"
                    + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
                    + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/></manifest:manifest>");
            entry(zip, "content.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + doctype.replace("ROOT", "office:document-content")
                    + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                    + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:text>"
                    + "<text:p>Readable first paragraph " + mark + ".</text:p><text:p>" + body + "</text:p>"
                    + "</office:text></office:body></office:document-content>");
        }
        return file;
    }

    private static void wordPackage(ZipOutputStream zip) throws IOException {
        entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                + "</Types>");
        entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                + "</Relationships>");
    }

    /** A ZIP inside a ZIP inside a ZIP..., {@code depth} levels, with a text file at the bottom. */
    public Path nestedZip(String name, int depth) throws IOException {
        byte[] inner = "bottom of the nest".getBytes(StandardCharsets.US_ASCII);
        String innerName = "bottom.txt";
        for (int level = 0; level < depth; level++) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                zip.putNextEntry(new ZipEntry(innerName));
                zip.write(inner);
                zip.closeEntry();
            }
            inner = bytes.toByteArray();
            innerName = "level" + level + ".zip";
        }
        Path file = dir.resolve(name);
        Files.write(file, inner);
        return file;
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static byte[] pdfBytes(String text, String userPassword) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
                content.newLineAtOffset(40, 740);
                String line = text.length() > 90 ? text.substring(0, 90) : text;
                content.showText(line);
                content.endText();
            }
            if (userPassword != null) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-" + userPassword, userPassword,
                        new AccessPermission());
                policy.setEncryptionKeyLength(256);
                document.protect(policy);
            }
            document.save(out);
            return out.toByteArray();
        }
    }
}
