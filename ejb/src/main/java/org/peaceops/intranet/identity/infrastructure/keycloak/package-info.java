/**
 * Keycloak's administration API for the admin screens and the directory sync, through
 * keycloak-admin-client loaded in a class loader of its own so its RESTEasy client never touches Payara's.
 */
package org.peaceops.intranet.identity.infrastructure.keycloak;
