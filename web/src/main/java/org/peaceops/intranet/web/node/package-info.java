/**
 * Headquarters' side of the mission nodes' files channel: content by SHA-256 for nodes that present their
 * node credential (not a person's sign-in; web.xml lets the path through, the servlet checks the credential).
 */
package org.peaceops.intranet.web.node;
