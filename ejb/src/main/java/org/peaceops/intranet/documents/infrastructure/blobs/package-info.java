/**
 * The content-addressed blob store: file bytes under the data directory, named by their SHA-256,
 * written so that a crash or a failed upload never leaves a partial file behind.
 */
package org.peaceops.intranet.documents.infrastructure.blobs;
