/**
 * Published Toolbox reports in the search index shared with guidance: what the index takes of a report,
 * read through the documents context's {@code SearchableReports} port.
 */
package org.peaceops.intranet.toolbox.application.search;
