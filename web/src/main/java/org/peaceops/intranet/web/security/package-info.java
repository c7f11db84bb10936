/**
 * Sign-in for the web: the authentication mechanism of the configured mode, the demo identity store, the current user of a request.
 */
package org.peaceops.intranet.web.security;
