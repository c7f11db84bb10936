package org.peaceops.intranet.training.scorm.domain;

import org.peaceops.intranet.shared.refusal.RuleBroken;

/**
 * A package refused whole before anything of it was kept; {@link #problem()} says why and the first
 * argument names the entry, file or value concerned (a limit's refusal then gives the limit).
 */
public class PackageRefused extends RuleBroken {

    private static final long serialVersionUID = 1L;

    private final PackageProblem problem;

    public PackageRefused(PackageProblem problem, String detail) {
        super(problem.key(), problem.name() + ": " + detail, detail);
        this.problem = problem;
    }

    /** A limit's refusal: {@code detail} is what was found, then whatever the message gives (the limit last). */
    public PackageRefused(PackageProblem problem, String detail, String... more) {
        super(problem.key(), problem.name() + ": " + detail + (more.length == 0 ? "" : " " + String.join(" ", more)),
                (Object[]) concat(detail, more));
        this.problem = problem;
    }

    private static String[] concat(String first, String[] more) {
        String[] all = new String[more.length + 1];
        all[0] = first;
        System.arraycopy(more, 0, all, 1, more.length);
        return all;
    }

    public PackageRefused(PackageProblem problem, String detail, Throwable cause) {
        super(problem.key(), problem.name() + ": " + detail, cause, detail);
        this.problem = problem;
    }

    public PackageProblem problem() {
        return problem;
    }
}
