/**
 * Full-text search of guidance: the requests, results and services the web layer and the REST API use,
 * and the indexer that keeps the Lucene index in step with the database through the search outbox.
 */
package org.peaceops.intranet.documents.application.search;
