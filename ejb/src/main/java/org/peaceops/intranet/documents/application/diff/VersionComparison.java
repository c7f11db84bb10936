package org.peaceops.intranet.documents.application.diff;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.peaceops.intranet.documents.application.ExtractedTexts;
import org.peaceops.intranet.documents.application.GuidanceDetail;
import org.peaceops.intranet.documents.application.GuidanceNotFoundException;
import org.peaceops.intranet.documents.application.GuidanceQueries;
import org.peaceops.intranet.documents.application.VersionDetail;
import org.peaceops.intranet.shared.Caller;

/**
 * Compares the extracted texts of two versions of a document the reader may open. Each version is one the
 * access policy lets this reader read ({@link GuidanceQueries#get} leaves out the others): a draft inside
 * published guidance is compared only by those who may read the draft.
 * Texts are read up to {@value #MAX_LINES} lines and {@value #MAX_CHARS} characters each; beyond that the
 * comparison says it covers the beginning only.
 */
@Stateless
public class VersionComparison {

    static final int MAX_LINES = 20_000;
    static final int MAX_CHARS = 2_000_000;
    static final int MAX_EDITS = 3_000;
    static final int CONTEXT = 3;

    @Inject
    GuidanceQueries queries;

    @Inject
    ExtractedTexts texts;

    /** @throws GuidanceNotFoundException when the document or one of the versions is not the reader's to see */
    public TextComparison compare(Caller actor, long documentId, int from, int to) {
        GuidanceDetail document = queries.get(actor, documentId);
        VersionDetail left = comparable(document, from);
        VersionDetail right = comparable(document, to);
        Optional<Text> leftText = read(left);
        Optional<Text> rightText = read(right);
        if (leftText.isEmpty() || rightText.isEmpty()) {
            return TextComparison.withoutText(from, to, leftText.isEmpty(), rightText.isEmpty());
        }
        Optional<List<DiffRow>> rows = new LineDiff(MAX_EDITS).compare(leftText.get().lines, rightText.get().lines);
        boolean partial = leftText.get().cut || rightText.get().cut;
        return rows.map(r -> TextComparison.of(from, to, fold(r), partial))
                .orElseGet(() -> TextComparison.tooDifferent(from, to));
    }

    /** Only among the versions the policy let through for this reader. */
    private static VersionDetail comparable(GuidanceDetail document, int number) {
        return document.getVersions().stream().filter(v -> v.getNumber() == number)
                .findFirst().orElseThrow(() -> new GuidanceNotFoundException(document.getDocumentId()));
    }

    private record Text(List<String> lines, boolean cut) {
    }

    private Optional<Text> read(VersionDetail version) {
        if (version.getContentSha256() == null) {
            return Optional.empty();
        }
        try {
            Optional<Reader> reader = texts.open(version.getContentSha256());
            if (reader.isEmpty()) {
                return Optional.empty();
            }
            try (BufferedReader lines = new BufferedReader(reader.get())) {
                List<String> read = new ArrayList<>();
                long chars = 0;
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (read.size() >= MAX_LINES || chars + line.length() > MAX_CHARS) {
                        return Optional.of(new Text(read, true));
                    }
                    chars += line.length();
                    read.add(line.strip());
                }
                return Optional.of(new Text(read, false));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the text of " + version.getContentSha256(), e);
        }
    }

    /** Keeps {@value #CONTEXT} unchanged lines around each change; longer unchanged stretches become one row. */
    static List<DiffRow> fold(List<DiffRow> rows) {
        List<DiffRow> folded = new ArrayList<>();
        int i = 0;
        while (i < rows.size()) {
            if (rows.get(i).kind() != DiffRow.Kind.SAME) {
                folded.add(rows.get(i++));
                continue;
            }
            int end = i;
            while (end < rows.size() && rows.get(end).kind() == DiffRow.Kind.SAME) {
                end++;
            }
            int keepBefore = i == 0 ? 0 : CONTEXT;
            int keepAfter = end == rows.size() ? 0 : CONTEXT;
            if (end - i <= keepBefore + keepAfter + 1) {
                folded.addAll(rows.subList(i, end));
            } else {
                folded.addAll(rows.subList(i, i + keepBefore));
                folded.add(DiffRow.folded(end - i - keepBefore - keepAfter));
                folded.addAll(rows.subList(end - keepAfter, end));
            }
            i = end;
        }
        return folded;
    }
}
