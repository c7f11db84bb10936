/**
 * The identity provider's directory as the administration screens and the directory sync see it:
 * one port ({@link org.peaceops.intranet.identity.application.directory.IdentityDirectory}) and plain
 * JDK-typed values, shared with the isolated Keycloak admin client, which loads nothing else of ours.
 */
package org.peaceops.intranet.identity.application.directory;
