/**
 * Compliance benchmark: fills the Flyway-migrated training schema in PostgreSQL to the real size and times
 * the dashboards' own statements (lms ComplianceSql). Run by hand: bench/compliance/run.
 */
package org.peaceops.intranet.bench.compliance;
