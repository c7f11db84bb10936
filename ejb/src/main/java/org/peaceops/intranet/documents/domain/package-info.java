/**
 * The documents context's shared vocabulary: document types, classification, lifecycle states.
 * Aggregates live in sub-packages ({@code guidance}); audit and search-outbox records beside them.
 */
package org.peaceops.intranet.documents.domain;
