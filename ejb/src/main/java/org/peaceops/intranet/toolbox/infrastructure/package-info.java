/**
 * The Toolbox's infrastructure: its schema migration at startup and the JPA repositories of its aggregates,
 * on the {@code toolbox} persistence unit.
 */
package org.peaceops.intranet.toolbox.infrastructure;
