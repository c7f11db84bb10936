/**
 * The search benchmark: a generated library of N documents from real report text, indexed with the
 * application's own Lucene index and loaded into PostgreSQL full-text search, queried by both.
 */
package org.peaceops.intranet.bench.search;
