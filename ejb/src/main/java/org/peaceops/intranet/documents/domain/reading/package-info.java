/**
 * Reading counts: views and downloads of a document per reader's mission per calendar month (UTC),
 * kept as counters updated in the transaction of the reading itself.
 */
package org.peaceops.intranet.documents.domain.reading;
