package org.peaceops.intranet.identity.application.directory;

/** Where the application services get the identity provider's directory from. */
public interface DirectoryConnection {

    /** False in demo mode or without a service-account secret: the screens say so instead of failing. */
    boolean isAvailable();

    /** The directory, or a {@link DirectoryException} ({@code NOT_CONFIGURED}) saying what is missing. */
    IdentityDirectory directory();
}
