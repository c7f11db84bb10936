package org.peaceops.intranet.training.compliance.domain;

/** The figures a compliance dashboard shows; each is also the name of its drill-down list. */
public enum ComplianceFigure {
    /** Everyone in the scope. */
    PEOPLE(0),
    /** No mandatory assignment still owed. */
    COMPLIANT(0),
    /** At least one mandatory assignment still owed. */
    NOT_COMPLIANT(0),
    /** At least one mandatory assignment still owed past its due date. */
    OVERDUE(0),
    EXPIRING_30(30),
    EXPIRING_60(60),
    EXPIRING_90(90),
    /** Training records completed in one month (a point of the trend). */
    COMPLETED_IN_MONTH(0),
    /** Arrived in the mission without a verified pre-deployment attestation. */
    ARRIVED_WITHOUT_ATTESTATION(0);

    private final int days;

    ComplianceFigure(int days) {
        this.days = days;
    }

    /** The window of an expiry figure, in days; zero for the others. */
    public int days() {
        return days;
    }

    public boolean isExpiry() {
        return days > 0;
    }

    /** Figures whose rows are people (the others list certificates or training records). */
    public boolean listsPeople() {
        return !isExpiry() && this != COMPLETED_IN_MONTH;
    }
}
