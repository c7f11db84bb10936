/**
 * Report types as data: a {@link org.peaceops.intranet.toolbox.domain.definition.ReportDefinition} and its
 * immutable numbered versions, each a list of typed fields with EN/FR labels, required flags and limits.
 */
package org.peaceops.intranet.toolbox.domain.definition;
