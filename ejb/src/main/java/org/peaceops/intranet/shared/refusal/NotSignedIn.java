package org.peaceops.intranet.shared.refusal;

/**
 * Nobody is signed in (the session ended, or no valid token came with the call) where a signed-in
 * person is needed: the answer is to sign in, not that this person may not (that is {@link AccessDenied}).
 */
public class NotSignedIn extends Refusal {

    private static final long serialVersionUID = 1L;

    /** The bundle key every channel shows for it. */
    public static final String KEY = "refusal.notSignedIn";

    public NotSignedIn() {
        super(KEY, "Not signed in", null);
    }

    @Override
    public final Kind kind() {
        return Kind.NOT_SIGNED_IN;
    }
}
