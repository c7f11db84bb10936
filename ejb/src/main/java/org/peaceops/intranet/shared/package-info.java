/**
 * The shared kernel every context speaks: who calls ({@link org.peaceops.intranet.shared.Caller}, with its
 * {@link org.peaceops.intranet.shared.Role}s and {@link org.peaceops.intranet.shared.PersonnelCategory}).
 * Plain Java values, no framework; this package imports no context.
 */
package org.peaceops.intranet.shared;
