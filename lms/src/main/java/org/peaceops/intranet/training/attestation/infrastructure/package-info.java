/**
 * Attestations stored with JPA; files read as they stream (commons-csv, POI's SAX reader of XLSX
 * behind its zip-bomb limits) and the templates written.
 */
package org.peaceops.intranet.training.attestation.infrastructure;
