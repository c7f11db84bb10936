/**
 * Technical plumbing shared by the bounded contexts: Flyway schema migrations on the jdbc/intranet datasource.
 */
package org.peaceops.intranet.platform.infrastructure;
