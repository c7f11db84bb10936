package org.peaceops.intranet.training.attestation.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.peaceops.intranet.shared.refusal.Refusal;
import org.peaceops.intranet.shared.refusal.RuleBroken;
import org.peaceops.intranet.shared.refusal.TooLarge;
import org.peaceops.intranet.training.attestation.domain.AttestationRow;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * The first sheet of an attestation workbook read as it streams (POI's SAX event reader, never the
 * whole workbook in memory). Before POI opens it, the zip's own directory must promise no more than
 * {@link #MAX_UNZIPPED} bytes; while reading, POI's {@code ZipSecureFile} refuses any entry that inflates
 * beyond its ratio (a zip bomb lying about its sizes). A formula cell is passed on as {@code =value},
 * which the check reports as a formula; a date cell as yyyy-mm-dd.
 */
final class XlsxAttestations {

    /** What a workbook of 100,000 attestation lines needs unzipped, with room to spare. */
    static final long MAX_UNZIPPED = 256L * 1024 * 1024;

    private XlsxAttestations() {
    }

    static void read(Path file, String name, Consumer<AttestationRow> rows) {
        requireReasonableSize(file, name);
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new RuleBroken("attestation.error.empty", "The workbook has no sheet").about(name);
            }
            Rows handler = new Rows(name, rows);
            FormulaMarks marks = new FormulaMarks();
            XMLReader parser = XMLHelper.newXMLReader();
            marks.setParent(parser);
            marks.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings, handler,
                    new IsoDates(), false));
            handler.marks = marks;
            try (InputStream sheet = sheets.next()) {
                marks.parse(new InputSource(sheet));
            }
            if (handler.header == null) {
                throw new RuleBroken("attestation.error.empty", "The sheet is empty").about(name);
            }
        } catch (Refusal r) {
            throw r;
        } catch (Exception e) {
            Refusal inside = Refusal.in(e);
            if (inside != null) {
                throw inside;
            }
            if (String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("zip bomb")) {
                throw new TooLarge("attestation.error.zipBomb", "The workbook inflates beyond reason", e).about(name);
            }
            throw new RuleBroken("attestation.error.malformedXlsx", "The file cannot be read as XLSX: " + e.getMessage(),
                    e).about(name);
        }
    }

    private static void requireReasonableSize(Path file, String name) {
        long total = 0;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements();) {
                ZipEntry entry = entries.nextElement();
                total += Math.max(0, entry.getSize());
                if (entry.getSize() < 0 || total > MAX_UNZIPPED) {
                    throw new TooLarge("attestation.error.zipBomb", "The workbook unzips to more than " + MAX_UNZIPPED)
                            .about(name);
                }
            }
        } catch (IOException e) {
            throw new RuleBroken("attestation.error.malformedXlsx", "The file is not a readable XLSX: " + e.getMessage(),
                    e).about(name);
        }
    }

    /**
     * Notes the columns of the row being read whose cell holds a formula ({@code <f>} inside {@code <c>}),
     * with or without a cached result (POI reports no cell for a formula never calculated).
     */
    private static final class FormulaMarks extends XMLFilterImpl {
        final java.util.Set<Integer> formulaColumns = new java.util.TreeSet<>();
        private int column;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
            if ("row".equals(localName)) {
                formulaColumns.clear();
                column = -1;
            } else if ("c".equals(localName)) {
                String ref = atts.getValue("r");
                column = ref == null ? column + 1 : new CellReference(ref).getCol();
            } else if ("f".equals(localName)) {
                formulaColumns.add(column);
            }
            super.startElement(uri, localName, qName, atts);
        }
    }

    /** Dates as the template writes them, whatever format the cell shows them in. */
    private static final class IsoDates extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value).toLocalDate().toString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString);
        }
    }

    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final String name;
        private final Consumer<AttestationRow> sink;
        FormulaMarks marks;
        Header header;
        private final List<String> cells = new ArrayList<>();
        private int count;

        Rows(String name, Consumer<AttestationRow> sink) {
            this.name = name;
            this.sink = sink;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void endRow(int rowNum) {
            for (int column : marks.formulaColumns) {
                if (column >= 0 && column <= 50) {
                    while (cells.size() <= column) {
                        cells.add("");
                    }
                    cells.set(column, "=" + cells.get(column));
                }
            }
            if (header == null) {
                header = Header.of(cells, name);
            } else if (!Header.blank(cells)) {
                Header.requireWithinLimit(++count, name);
                sink.accept(new AttestationRow(rowNum + 1, header.arrange(cells)));
            }
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            if (column > 50) {
                return; // far beyond the template's columns: nothing to read there
            }
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(value == null ? "" : value);
        }
    }
}
