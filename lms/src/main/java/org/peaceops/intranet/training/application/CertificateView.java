package org.peaceops.intranet.training.application;

import java.io.Serializable;
import java.time.LocalDate;
import org.peaceops.intranet.training.domain.Certificate;

/** A certificate: what it certifies, its code, and whether it is valid today. */
public record CertificateView(long id, String code, String holderName, String courseTitle, LocalDate issuedOn,
        LocalDate expiresOn, boolean valid) implements Serializable {

    static CertificateView of(Certificate c, LocalDate today) {
        return new CertificateView(c.getId(), c.getCode(), c.getHolderName(), c.getCourseTitle(), c.getIssuedOn(),
                c.getExpiresOn().orElse(null), c.isValidOn(today));
    }
}
