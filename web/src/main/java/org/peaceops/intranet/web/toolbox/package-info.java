/**
 * Best Practices Toolbox screens: the report types one can file, the data-driven form that files a report
 * from its type's current definition version, and the Best Practices Officer's review queue.
 */
package org.peaceops.intranet.web.toolbox;
