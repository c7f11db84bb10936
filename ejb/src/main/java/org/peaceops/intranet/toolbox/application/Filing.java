package org.peaceops.intranet.toolbox.application;

import java.util.List;
import java.util.Optional;
import org.peaceops.intranet.toolbox.domain.definition.FieldProblem;

/**
 * The outcome of filing a report: the submitted report's id, or every field problem that stopped it (then
 * nothing was stored, and the form shows each problem beside what was typed).
 */
public record Filing(Optional<Long> reportId, List<FieldProblem> problems) {

    /** The key of a problem with the report's title (not a field of its type; no field may use it). */
    public static final String TITLE = "title";

    public Filing {
        problems = List.copyOf(problems);
    }

    public static Filing filed(long id) {
        return new Filing(Optional.of(id), List.of());
    }

    public static Filing refused(List<FieldProblem> problems) {
        return new Filing(Optional.empty(), problems);
    }

    public boolean isFiled() {
        return reportId.isPresent();
    }
}
