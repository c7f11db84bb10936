/**
 * The page shell every screen shares: navigation by role, language switch, breadcrumbs.
 */
package org.peaceops.intranet.web.shell;
