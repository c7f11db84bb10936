/**
 * Pre-deployment attestations: a batch of completions a training centre reports, the line-by-line check
 * made before anything is stored, and the four-eyes verification that turns each line into a record.
 */
package org.peaceops.intranet.training.attestation.domain;
