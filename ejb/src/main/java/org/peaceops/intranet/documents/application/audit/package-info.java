/**
 * The audit trail as a service: the kernel audit port's implementation for the other contexts
 * ({@link org.peaceops.intranet.documents.application.audit.AuditRecorder}), and the administrators' view
 * (filtered, sorted pages and a CSV export streamed in batches, refused to anyone without the admin role).
 */
package org.peaceops.intranet.documents.application.audit;
