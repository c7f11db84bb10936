/**
 * Why a request was refused, the same way in every context: {@link org.peaceops.intranet.shared.refusal.Refusal}
 * and its kinds (access denied, rule broken, not found, conflict, too large, unsupported type, unavailable),
 * each with a bundle key, its arguments and the field it concerns; the Faces and API translators read only these.
 */
package org.peaceops.intranet.shared.refusal;
