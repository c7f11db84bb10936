package org.peaceops.intranet.training.scorm.application;

import java.math.BigDecimal;
import org.peaceops.intranet.training.scorm.domain.Sco;

/** An entry of a package's table of contents. */
public record ItemView(String identifier, String title, String launchUrl, boolean sco, BigDecimal masteryScore)
        implements java.io.Serializable {

    static ItemView of(Sco s) {
        return new ItemView(s.identifier(), s.title(), s.launchUrl(), s.sco(), s.masteryScore());
    }
}
