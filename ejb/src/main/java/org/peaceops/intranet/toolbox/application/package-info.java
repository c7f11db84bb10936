/**
 * The Toolbox's use cases as service interfaces, called by the web pages and the API with the kernel's
 * {@link org.peaceops.intranet.shared.Caller}; their implementations are in {@code internal}.
 */
package org.peaceops.intranet.toolbox.application;
