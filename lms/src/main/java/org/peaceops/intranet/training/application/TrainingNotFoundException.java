package org.peaceops.intranet.training.application;

import org.peaceops.intranet.shared.refusal.NotFound;

/** No course, assignment, attempt or certificate with that id (or not one the caller may see). */
public class TrainingNotFoundException extends NotFound {

    private static final long serialVersionUID = 1L;

    public TrainingNotFoundException(String what) {
        super("training.error.notFound", "Not found: " + what);
    }
}
