package org.peaceops.intranet.training.compliance.domain;

import java.time.LocalDate;

/**
 * One line of a drill-down list: the person, and what the figure says about them (the course of a
 * certificate or record, its date; for people, their arrival date and the country of their attestation).
 */
public record ComplianceRow(String subject, String name, String mission, String category, String course,
        LocalDate date, String country) {
}
