/**
 * The audit trail as every context sees it: the port ({@link org.peaceops.intranet.shared.audit.AuditTrail}),
 * the line it writes and the list of audited actions. Implemented once, where the trail's table is.
 */
package org.peaceops.intranet.shared.audit;
