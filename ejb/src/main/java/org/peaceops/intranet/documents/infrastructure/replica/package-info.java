/**
 * A mission node's copies of headquarters' files (work in progress): content-addressed files pulled over
 * HTTP by SHA-256, resumed with {@code Range} after a cut, verified before use, within a bandwidth cap.
 */
package org.peaceops.intranet.documents.infrastructure.replica;
