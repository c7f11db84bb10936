package org.peaceops.intranet.web.shell;

import jakarta.ejb.EJBException;
import java.util.OptionalInt;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.peaceops.intranet.shared.refusal.Refusal;

/**
 * The HTTP status of a refusal, by its kind: the API answers it with its JSON body, the file servlets
 * (downloads, previews, exports, certificates) with the status alone. One table for both.
 */
public final class HttpRefusals {

    private static final Logger LOG = Logger.getLogger(HttpRefusals.class.getName());

    private HttpRefusals() {
    }

    public static int status(Refusal.Kind kind) {
        return switch (kind) {
            case ACCESS_DENIED -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case TOO_LARGE -> 413;
            case UNSUPPORTED_TYPE -> 415;
            case UNAVAILABLE -> 503;
            case RULE_BROKEN -> 400;
        };
    }

    /**
     * Runs a servlet's service call; a refusal becomes its status. A service's own failure is answered
     * as missing (logged once): a file link never shows a stack trace. Empty when the call succeeded.
     */
    public static OptionalInt attempt(Runnable call) {
        try {
            call.run();
            return OptionalInt.empty();
        } catch (RuntimeException failure) {
            Refusal refusal = Refusal.in(failure);
            if (refusal != null) {
                return OptionalInt.of(status(refusal.kind()));
            }
            if (failure instanceof EJBException) {
                LOG.log(Level.WARNING, "File request failed; answered 404", failure);
                return OptionalInt.of(404);
            }
            throw failure;
        }
    }
}
