/**
 * Runtime facts the whole application relies on: the data directory, readiness of the database and of the schema migrations.
 */
package org.peaceops.intranet.platform.application;
