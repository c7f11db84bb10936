package org.peaceops.intranet.documents.domain.guidance;

import java.util.stream.Collectors;
import org.peaceops.intranet.documents.domain.LifecycleStatus;

/** A version was asked to move where the lifecycle graph has no edge from its current state. */
public class ForbiddenTransitionException extends GuidanceRuleException {

    private static final long serialVersionUID = 1L;

    private final LifecycleStatus from;
    private final LifecycleStatus to;

    public ForbiddenTransitionException(String versionLabel, LifecycleStatus from, LifecycleStatus to) {
        super("guidance.forbiddenTransition", "The " + versionLabel + " is " + label(from)
                + " and cannot become " + label(to) + allowed(from) + ".");
        this.from = from;
        this.to = to;
    }

    public LifecycleStatus getFrom() {
        return from;
    }

    public LifecycleStatus getTo() {
        return to;
    }

    static String label(LifecycleStatus status) {
        return status.name().toLowerCase().replace('_', ' ');
    }

    private static String allowed(LifecycleStatus from) {
        if (from.next().isEmpty()) {
            return " (it is final)";
        }
        return " (from " + label(from) + " it can only become "
                + from.next().stream().map(ForbiddenTransitionException::label).collect(Collectors.joining(" or ")) + ")";
    }
}
