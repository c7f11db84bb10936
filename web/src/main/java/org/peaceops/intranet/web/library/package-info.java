/**
 * Library screens: browsing and reading guidance (grows with the document repository issue).
 */
package org.peaceops.intranet.web.library;
