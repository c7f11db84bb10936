package org.peaceops.intranet.training.attestation.domain;

import java.io.Serializable;
import java.util.List;

/**
 * The check of a whole file: how many attestation lines it has, every bad line (up to
 * {@link AttestationCheck#REPORTED_LINES}; {@code badLines} counts them all), and how many lines name a
 * person training does not know yet (learner records the import creates when asked to).
 */
public record ImportReport(int lines, int badLines, List<LineReport> problems, int newPeople) implements Serializable {

    public ImportReport {
        problems = List.copyOf(problems);
    }

    /** Nothing wrong: the file may be stored as a batch. An empty file is not a batch. */
    public boolean isClean() {
        return badLines == 0 && lines > 0;
    }
}
