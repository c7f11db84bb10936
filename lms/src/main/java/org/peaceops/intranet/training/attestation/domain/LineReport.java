package org.peaceops.intranet.training.attestation.domain;

import java.util.List;

/** The problems of one line of the file, with the person and course it names as the page shows them. */
public record LineReport(int line, String personId, String courseCode, List<Problem> problems)
        implements java.io.Serializable {

    public LineReport {
        problems = List.copyOf(problems);
    }
}
