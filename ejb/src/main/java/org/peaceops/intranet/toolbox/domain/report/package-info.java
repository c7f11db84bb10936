/**
 * A Toolbox report: its values (checked against the definition version it was written with), its review
 * workflow (draft, submitted, returned, published) and who may read it once published.
 */
package org.peaceops.intranet.toolbox.domain.report;
