/**
 * Attestation use cases: check a file, import it as a pending batch, verify or reject a batch (four
 * eyes), list batches; the port through which files are read and templates written.
 */
package org.peaceops.intranet.training.attestation.application;
