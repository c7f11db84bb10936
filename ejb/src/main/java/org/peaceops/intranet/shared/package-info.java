/**
 * The shared kernel every context speaks: who calls ({@link org.peaceops.intranet.shared.Caller}, with its
 * {@link org.peaceops.intranet.shared.Role}s and {@link org.peaceops.intranet.shared.PersonnelCategory}),
 * and what the access policy judges a document by ({@link org.peaceops.intranet.shared.Classification},
 * {@link org.peaceops.intranet.shared.PublicationStage}), which missions something reaches
 * ({@link org.peaceops.intranet.shared.MissionScope}), texts in both languages
 * ({@link org.peaceops.intranet.shared.BilingualText}) and content addresses
 * ({@link org.peaceops.intranet.shared.Sha256}). Plain Java values; this package imports no context.
 */
package org.peaceops.intranet.shared;
