/**
 * Integration and browser tests against the EAR deployed on a real Payara Server with PostgreSQL and
 * Keycloak, all started by config/bin/test. They fail loudly when a component is missing.
 */
package org.peaceops.intranet.it;
