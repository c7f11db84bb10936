/**
 * Code compiled against keycloak-admin-client and run only inside the isolated class loader
 * ({@code IsolatedKeycloakAdmin}); never loaded by the application's own class loader.
 */
package org.peaceops.intranet.identity.infrastructure.keycloak.bridge;
