/**
 * Administration screens: system status, accounts and people, missions, document types and thematic areas, the audit trail and its export, the search index.
 */
package org.peaceops.intranet.web.admin;
