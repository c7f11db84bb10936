package org.peaceops.intranet.training.scorm.domain;

/**
 * A value the SCO set that the SCORM data model does not allow, with the error code the run-time gives
 * for it in the package's edition ({@code 405} type mismatch in 1.2; {@code 406} type mismatch or
 * {@code 407} out of range in 2004; {@code 401}/{@code 404} for an unknown or read-only element).
 */
public record CmiError(String element, String code, String reason) {
}
