package org.peaceops.intranet.toolbox.domain.report;

import java.util.List;
import org.peaceops.intranet.toolbox.domain.ToolboxRuleException;
import org.peaceops.intranet.toolbox.domain.definition.FieldProblem;

/**
 * The values do not fit the report's definition version: every problem, per field, so that the form
 * can show them all beside what was typed (which it keeps).
 */
public class InvalidReportException extends ToolboxRuleException {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldProblem> problems;

    public InvalidReportException(List<FieldProblem> problems) {
        super("toolbox.report.invalid", problems.size() + " field(s) to correct: " + problems, problems.size());
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
