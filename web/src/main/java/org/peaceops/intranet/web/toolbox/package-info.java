/**
 * Best Practices Toolbox screens. Empty for now: the Toolbox page in the navigation is a placeholder.
 */
package org.peaceops.intranet.web.toolbox;
