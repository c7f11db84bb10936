package org.peaceops.intranet.training.scorm.domain;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * One entry of the package's table of contents: an item of its organization that launches a file. A SCO
 * talks to the run-time API; an asset is only shown. {@code masteryScore} is a percentage (0-100) when the
 * manifest sets one: SCORM 1.2's {@code adlcp:masteryscore}, or 2004's primary objective measure times 100.
 */
public record Sco(String identifier, String title, PackagePath launch, String launchSuffix, boolean sco,
        BigDecimal masteryScore) {

    public Optional<BigDecimal> mastery() {
        return Optional.ofNullable(masteryScore);
    }

    /** The launch file with its query (parameters of the item or the href). */
    public String launchUrl() {
        return launch.value() + launchSuffix;
    }
}
