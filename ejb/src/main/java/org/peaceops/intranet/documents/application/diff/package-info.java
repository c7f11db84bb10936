/**
 * Comparing two versions of a document: their extracted texts line by line, shown side by side, with
 * unchanged stretches folded. Bounded in lines, characters and edit distance, so no request runs away.
 */
package org.peaceops.intranet.documents.application.diff;
