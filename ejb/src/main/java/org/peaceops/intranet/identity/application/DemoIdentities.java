package org.peaceops.intranet.identity.application;

import java.util.List;
import java.util.Optional;
import org.peaceops.intranet.shared.Caller;

/**
 * The built-in demo accounts of the one-command run, as the application sees them (a port: the accounts
 * themselves live in infrastructure). Only asked for in demo mode.
 */
public interface DemoIdentities {

    List<Caller> all();

    Optional<Caller> find(String username);

    /** The account when the password is right; empty otherwise. */
    Optional<Caller> authenticate(String username, String password);

    /** The public password every demo account has (printed on the login page). */
    String password();

    /** The demo account's name for a subject id, if it is one of theirs. */
    Optional<String> displayNameOf(String subject);

    /** The demo account's personnel number for a subject id, if it is one of theirs. */
    Optional<String> personnelNumberOf(String subject);
}
