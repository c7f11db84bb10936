/**
 * Ingest: an uploaded file is checked for what it really is before it is kept, then its text and
 * metadata are extracted by a small pool of workers, off the request thread, within limits.
 */
package org.peaceops.intranet.documents.application.ingest;
