/**
 * Identity sources: the clearly labelled demo directory used by the one-command run (Keycloak arrives with the identity issue).
 */
package org.peaceops.intranet.identity.infrastructure;
