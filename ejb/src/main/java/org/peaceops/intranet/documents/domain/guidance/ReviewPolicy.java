package org.peaceops.intranet.documents.domain.guidance;

import java.time.LocalDate;

/**
 * When approved guidance falls due for review. Typically two years after approval (DOMAIN.md); the
 * period is a setting because offices differ, so the service passes it in rather than the model fixing it.
 */
public final class ReviewPolicy {

    public static final int DEFAULT_MONTHS = 24;

    private final int months;

    private ReviewPolicy(int months) {
        if (months < 1 || months > 120) {
            throw new IllegalArgumentException("A review period must be 1 to 120 months, not " + months);
        }
        this.months = months;
    }

    public static ReviewPolicy everyMonths(int months) {
        return new ReviewPolicy(months);
    }

    public static ReviewPolicy standard() {
        return new ReviewPolicy(DEFAULT_MONTHS);
    }

    public int months() {
        return months;
    }

    public LocalDate reviewDateFor(LocalDate approvedOn) {
        return approvedOn.plusMonths(months);
    }
}
