package org.peaceops.intranet.training.application;

import jakarta.ejb.ApplicationException;

/** No course, assignment, attempt or certificate with that id (or not one the caller may see). */
@ApplicationException(rollback = true)
public class TrainingNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TrainingNotFoundException(String what) {
        super("Not found: " + what);
    }
}
