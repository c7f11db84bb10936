/**
 * The administrators' view of the audit trail: filtered, sorted pages and a CSV export streamed in
 * batches, both refused to anyone without the admin role.
 */
package org.peaceops.intranet.documents.application.audit;
