package org.peaceops.intranet.training.attestation.domain;

/**
 * What is wrong with one cell or line. {@link #detail()} fills the message: the value concerned, or
 * the earlier line a duplicate repeats.
 */
public record Problem(Kind kind, Column column, String detail) implements java.io.Serializable {

    public enum Kind {
        /** A required cell is blank. */
        MISSING_VALUE,
        /** Longer than the column holds. */
        TOO_LONG,
        /** Starts like a spreadsheet formula (=, +, -, @) or is one: it would run when the data is exported again. */
        FORMULA,
        /** Holds control characters (tabs, line breaks, NUL...). */
        CONTROL_CHARACTERS,
        UNKNOWN_CATEGORY,
        /** No published course has the code. */
        UNKNOWN_COURSE,
        /** The course is for other personnel categories. */
        CATEGORY_NOT_ALLOWED,
        /** Not a date written yyyy-mm-dd. */
        BAD_DATE,
        FUTURE_DATE,
        /** Training has no learner record with the identifier (the import can create it). */
        UNKNOWN_PERSON,
        /** The person serves in a mission the trainer does not manage. */
        PERSON_OUT_OF_SCOPE,
        /** The same person, course and date appear on an earlier line of the file. */
        DUPLICATE_IN_FILE,
        /** The same person, course and date are already attested (a pending or verified batch). */
        ALREADY_RECORDED
    }

    /** The bundle key of the message, such as {@code attestation.problem.UNKNOWN_COURSE}. */
    public String key() {
        return "attestation.problem." + kind.name();
    }
}
