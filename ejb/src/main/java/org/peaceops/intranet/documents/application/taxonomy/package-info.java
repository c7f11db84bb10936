/**
 * Administration of the documents taxonomy: document types and thematic areas, created, renamed in
 * English and French, retired or brought back by administrators, each change audited with before/after.
 */
package org.peaceops.intranet.documents.application.taxonomy;
