/**
 * The port to the content-addressed file store ({@link org.peaceops.intranet.documents.application.blobs.ContentStore})
 * and the values it answers with; the store itself lives in infrastructure.
 */
package org.peaceops.intranet.documents.application.blobs;
