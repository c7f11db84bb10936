/**
 * Recommendations carried by Toolbox reports and tracked until acted on: their status, the office they
 * address, and the guidance they became (a drafting request or an existing document's version).
 */
package org.peaceops.intranet.toolbox.domain.recommendation;
