package org.peaceops.intranet.training.attestation.infrastructure;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.peaceops.intranet.shared.refusal.RuleBroken;
import org.peaceops.intranet.training.attestation.domain.AttestationRow;

/**
 * An attestation CSV read as it streams with commons-csv: strictly UTF-8 (a byte that is not is the
 * wrong encoding, said as such rather than read as garbage), a leading BOM skipped, comma or semicolon
 * (what a spreadsheet saves in a French locale) told from the header line.
 */
final class CsvAttestations {

    private CsvAttestations() {
    }

    /** Reads the stream (and closes it). */
    static void read(InputStream stream, String name, Consumer<AttestationRow> rows) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, decoder), 64 * 1024)) {
            in.mark(1);
            if (in.read() != '\uFEFF') {
                in.reset();
            }
            in.mark(64 * 1024);
            String first = in.readLine();
            in.reset();
            char delimiter = first != null && first.indexOf(';') >= 0 && first.indexOf(',') < 0 ? ';' : ',';
            CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
            Header header = null;
            try (CSVParser parser = CSVParser.parse(in, format)) {
                for (CSVRecord record : parser) {
                    List<String> cells = new ArrayList<>(record.size());
                    record.forEach(cells::add);
                    int line = (int) record.getRecordNumber();
                    if (header == null) {
                        header = Header.of(cells, name);
                    } else if (!Header.blank(cells)) {
                        Header.requireWithinLimit(line - 1, name);
                        rows.accept(new AttestationRow(line, header.arrange(cells)));
                    }
                }
            } catch (UncheckedIOException e) {
                throw failure(e.getCause(), name);
            }
            if (header == null) {
                throw new RuleBroken("attestation.error.empty", "The file is empty").about(name);
            }
        } catch (IOException e) {
            throw failure(e, name);
        }
    }

    private static RuntimeException failure(IOException e, String name) {
        if (e instanceof CharacterCodingException) {
            return new RuleBroken("attestation.error.encoding", "The file is not UTF-8 text", e).about(name);
        }
        return new RuleBroken("attestation.error.malformed", "The file cannot be read as CSV: " + e.getMessage(), e,
                String.valueOf(e.getMessage())).about(name);
    }
}
