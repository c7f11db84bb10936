/**
 * Compliance figures in SQL: one statement builder that turns a criteria object into both the count and
 * the page of its drill-down (plain SQL accepted by PostgreSQL and H2), and the JPA repository running it.
 */
package org.peaceops.intranet.training.compliance.infrastructure;
