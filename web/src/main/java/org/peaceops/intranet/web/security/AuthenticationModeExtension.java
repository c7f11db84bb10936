package org.peaceops.intranet.web.security;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import jakarta.enterprise.inject.spi.WithAnnotations;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;
import org.peaceops.intranet.identity.application.AuthenticationMode;

/**
 * Makes exactly one authentication mechanism exist, chosen by {@code intranet.auth.mode}: Jakarta
 * Security keeps a single mechanism per application, so the other definition (and, in OIDC mode, the
 * demo identity store with its public passwords) is vetoed before the container sees it.
 */
public class AuthenticationModeExtension implements Extension {

    private static final Logger LOG = Logger.getLogger(AuthenticationModeExtension.class.getName());

    void selectMechanism(@Observes @WithAnnotations(jakarta.enterprise.context.ApplicationScoped.class)
            ProcessAnnotatedType<?> type) {
        Class<?> beanClass = type.getAnnotatedType().getJavaClass();
        boolean demoOnly = beanClass == DemoSignIn.class || beanClass == DemoIdentityStore.class;
        boolean oidcOnly = beanClass == OidcSignIn.class;
        if (!demoOnly && !oidcOnly) {
            return;
        }
        AuthenticationMode mode = AuthenticationMode.parse(ConfigProvider.getConfig()
                .getOptionalValue("intranet.auth.mode", String.class).orElse("demo"));
        if ((demoOnly && mode != AuthenticationMode.DEMO) || (oidcOnly && mode != AuthenticationMode.OIDC)) {
            LOG.fine(() -> "Authentication mode " + mode + ": not using " + beanClass.getSimpleName());
            type.veto();
        }
    }
}
