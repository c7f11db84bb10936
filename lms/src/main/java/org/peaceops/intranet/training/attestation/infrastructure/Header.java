package org.peaceops.intranet.training.attestation.infrastructure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.peaceops.intranet.shared.refusal.RuleBroken;
import org.peaceops.intranet.shared.refusal.TooLarge;
import org.peaceops.intranet.training.attestation.application.AttestationFiles;
import org.peaceops.intranet.training.attestation.domain.Column;

/**
 * The first line of a file: exactly the template's columns, in any order (a header is matched without
 * regard to case or surrounding spaces). Anything else is the wrong file, refused whole.
 */
final class Header {

    private final int[] positions;

    private Header(int[] positions) {
        this.positions = positions;
    }

    static Header of(List<String> cells, String name) {
        List<String> found = cells.stream().map(c -> c == null ? "" : c.replace("\uFEFF", "").strip()
                .toLowerCase(Locale.ROOT)).toList();
        while (!found.isEmpty() && found.get(found.size() - 1).isEmpty()) {
            found = found.subList(0, found.size() - 1);
        }
        List<String> expected = Column.headers();
        int[] positions = new int[expected.size()];
        boolean ok = found.size() == expected.size();
        for (int i = 0; ok && i < expected.size(); i++) {
            positions[i] = found.indexOf(expected.get(i));
            ok = positions[i] >= 0;
        }
        if (!ok) {
            throw new RuleBroken("attestation.error.columns", "The columns are not the template's: " + found,
                    String.join(", ", expected), String.join(", ", found)).about(name);
        }
        return new Header(positions);
    }

    /** The cells of a line in {@link Column} order. */
    List<String> arrange(List<String> cells) {
        List<String> arranged = new ArrayList<>(positions.length);
        for (int p : positions) {
            String value = p < cells.size() ? cells.get(p) : null;
            arranged.add(value == null ? "" : value);
        }
        return arranged;
    }

    static boolean blank(List<String> cells) {
        return cells.stream().allMatch(c -> c == null || c.isBlank());
    }

    static void requireWithinLimit(int attestationLines, String name) {
        if (attestationLines > AttestationFiles.MAX_LINES) {
            throw new TooLarge("attestation.error.tooManyLines", "More than " + AttestationFiles.MAX_LINES + " lines",
                    AttestationFiles.MAX_LINES).about(name);
        }
    }
}
