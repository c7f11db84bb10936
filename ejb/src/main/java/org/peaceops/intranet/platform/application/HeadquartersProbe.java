package org.peaceops.intranet.platform.application;

/** Asks headquarters whether it answers (the port; HTTP in infrastructure). */
public interface HeadquartersProbe {

    /** Whether headquarters' intranet at {@code headquartersUrl} answers ready, within a few seconds. */
    boolean answers(String headquartersUrl);
}
