/**
 * The Lucene index of guidance under {@code <data dir>/search-index}: English and French analysis, the
 * access filter as a Lucene query, query parsing, facets, highlighting, suggestions and spelling.
 */
package org.peaceops.intranet.documents.infrastructure.search;
