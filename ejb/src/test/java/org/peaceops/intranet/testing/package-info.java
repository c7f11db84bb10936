/**
 * Fixtures every module's unit tests share, published in the ejb test jar: signed-in people
 * ({@link org.peaceops.intranet.testing.Callers}) and guidance kept in memory
 * ({@link org.peaceops.intranet.testing.InMemoryGuidanceDocuments}). A test describes only what its rule
 * looks at; the fixtures fill in the rest the same way everywhere.
 */
package org.peaceops.intranet.testing;
