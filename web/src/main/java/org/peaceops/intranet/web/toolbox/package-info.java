/**
 * Best Practices Toolbox screens for contributors (grows with the Toolbox issue).
 */
package org.peaceops.intranet.web.toolbox;
