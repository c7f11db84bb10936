package org.peaceops.intranet.training.scorm.domain;

import org.peaceops.intranet.shared.refusal.RuleBroken;

/**
 * A package refused whole before anything of it was kept; {@link #problem()} says why and the first
 * argument names the entry, file or value concerned.
 */
public class PackageRefused extends RuleBroken {

    private static final long serialVersionUID = 1L;

    private final PackageProblem problem;

    public PackageRefused(PackageProblem problem, String detail) {
        super(problem.key(), problem.name() + ": " + detail, detail);
        this.problem = problem;
    }

    public PackageRefused(PackageProblem problem, String detail, Throwable cause) {
        super(problem.key(), problem.name() + ": " + detail, cause, detail);
        this.problem = problem;
    }

    public PackageProblem problem() {
        return problem;
    }
}
