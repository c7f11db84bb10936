package org.peaceops.intranet.identity.infrastructure;

import jakarta.ws.rs.ext.RuntimeDelegate;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * Keeps Payara's own JAX-RS implementation (Jersey) as the JVM-wide {@link RuntimeDelegate}.
 *
 * <p>Why: the RESTEasy client inside keycloak-admin-client installs itself as the JVM-wide delegate
 * the first time it runs. Payara's administration (asadmin) uses that delegate too; once this
 * application is undeployed, the delegate's classes are gone and every asadmin command fails until
 * the server is killed. So the server's delegate is remembered when the application starts, put back
 * after every use of the admin client, and put back when the application stops.
 */
public final class JaxRsDelegateGuard {

    private static final Logger LOG = Logger.getLogger(JaxRsDelegateGuard.class.getName());
    private static volatile RuntimeDelegate serverDelegate;

    private JaxRsDelegateGuard() {
    }

    /** Remembers the server's delegate; call before anything in the application touches RESTEasy. */
    public static void rememberServerDelegate() {
        Thread thread = Thread.currentThread();
        ClassLoader application = thread.getContextClassLoader();
        try {
            // Look it up as the server would, so the EAR's RESTEasy is not what gets found.
            thread.setContextClassLoader(RuntimeDelegate.class.getClassLoader());
            serverDelegate = RuntimeDelegate.getInstance();
            LOG.info(() -> "JAX-RS runtime of the server: " + serverDelegate.getClass().getName());
        } finally {
            thread.setContextClassLoader(application);
        }
    }

    /** Puts the server's delegate back if something replaced it. */
    public static void restore() {
        RuntimeDelegate server = serverDelegate;
        if (server != null) {
            RuntimeDelegate.setInstance(server);
        }
    }

    /** Runs work that uses the RESTEasy client, then restores the server's delegate. */
    public static <T> T around(Supplier<T> work) {
        try {
            return work.get();
        } finally {
            restore();
        }
    }
}
