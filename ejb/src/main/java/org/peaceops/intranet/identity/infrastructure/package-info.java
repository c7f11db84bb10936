/**
 * Identity sources: the clearly labelled demo directory of the one-command run, the OIDC access-token verifier and the Keycloak directory (keycloak-admin-client).
 */
package org.peaceops.intranet.identity.infrastructure;
