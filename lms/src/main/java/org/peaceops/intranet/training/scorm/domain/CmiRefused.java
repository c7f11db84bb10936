package org.peaceops.intranet.training.scorm.domain;

import java.util.List;
import org.peaceops.intranet.shared.refusal.RuleBroken;

/**
 * A commit whose values the SCORM data model refuses; nothing of it was kept. The run-time is answered
 * with {@link #scormErrorCode()}, the code of the first value refused.
 */
public class CmiRefused extends RuleBroken {

    private static final long serialVersionUID = 1L;

    private final transient List<CmiError> errors;

    public CmiRefused(List<CmiError> errors) {
        super("scorm.cmi.refused", "SCORM data refused: " + errors, errors.get(0).element());
        this.errors = List.copyOf(errors);
    }

    public List<CmiError> errors() {
        return errors;
    }

    public String scormErrorCode() {
        return errors.get(0).code();
    }
}
