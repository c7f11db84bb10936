/**
 * The home page backing bean.
 */
package org.peaceops.intranet.web.home;
