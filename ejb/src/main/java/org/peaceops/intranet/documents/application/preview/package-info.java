/**
 * Page previews of a version's file: page images at two sizes, made on demand with bounded concurrency,
 * cached on disk by content hash, and cleared by the same access rules as a download.
 */
package org.peaceops.intranet.documents.application.preview;
