/**
 * Searching guidance from the browser: the results page with facets, snippets and paging, and the
 * header search box with title suggestions.
 */
package org.peaceops.intranet.web.search;
