/**
 * Administration screens: system status today; users, missions and types as they are built.
 */
package org.peaceops.intranet.web.admin;
