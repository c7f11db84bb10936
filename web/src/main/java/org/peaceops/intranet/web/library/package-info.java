/**
 * Library screens: browsing and reading guidance, drafts, upload, the lifecycle steps, the inbox, diffs, downloads and page previews.
 */
package org.peaceops.intranet.web.library;
