/**
 * The training context's model: courses today; citations, assignments, records and certificates as they are built.
 */
package org.peaceops.intranet.training.domain;
