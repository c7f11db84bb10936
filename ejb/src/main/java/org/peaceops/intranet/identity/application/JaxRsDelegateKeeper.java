package org.peaceops.intranet.identity.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import org.peaceops.intranet.identity.infrastructure.JaxRsDelegateGuard;

/** Remembers the server's JAX-RS runtime at start and puts it back at stop (see {@link JaxRsDelegateGuard}). */
@Singleton
@Startup
public class JaxRsDelegateKeeper {

    @PostConstruct
    void start() {
        JaxRsDelegateGuard.rememberServerDelegate();
    }

    @PreDestroy
    void stop() {
        JaxRsDelegateGuard.restore();
    }
}
