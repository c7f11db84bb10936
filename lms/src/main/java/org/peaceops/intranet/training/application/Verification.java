package org.peaceops.intranet.training.application;

import java.io.Serializable;
import java.time.LocalDate;

/** What the public verify page may say about a certificate: name, course and validity, nothing more. */
public record Verification(String holderName, String courseTitle, LocalDate issuedOn, LocalDate expiresOn,
        boolean valid) implements Serializable {
}
