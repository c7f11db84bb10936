/**
 * The text extracted from each stored file, gzip'ed under {@code <data dir>/texts} and named by the
 * file's SHA-256; written to a temporary file and renamed, so a text exists whole or not at all.
 */
package org.peaceops.intranet.documents.infrastructure.texts;
