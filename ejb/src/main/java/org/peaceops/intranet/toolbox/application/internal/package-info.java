/** Transactional implementations of the Toolbox's application services. */
package org.peaceops.intranet.toolbox.application.internal;
