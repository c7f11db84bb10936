package org.peaceops.intranet.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * The intranet's Content-Security-Policy, in one place. Faces pages get it from PrimeFaces
 * ({@code primefaces.CSP_POLICY} in web.xml reads {@link #getFaces()}), which appends its per-response
 * nonce to the final {@code script-src}; every other response gets {@link #OTHER} from
 * {@link SecurityHeadersFilter}. What must stay, and why, is in the README (Security headers).
 */
@Named("contentSecurityPolicy")
@ApplicationScoped
public class ContentSecurityPolicy {

    /**
     * Everything but scripts: own origin only; no plugins; no {@code <base>} rewriting; framed only by
     * our own pages. No {@code form-action}: Chromium applies it to the redirects that follow a post, and
     * signing out posts, then redirects to the identity provider's end-session page on another origin.
     * Styles allow inline {@code style} attributes (PrimeFaces
     * widgets position themselves with them); images and fonts allow {@code data:} (the theme's icons).
     */
    static final String BASE = "default-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'self'; "
            + "img-src 'self' data:; font-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + "connect-src 'self'";

    /** Responses PrimeFaces does not render (servlets, API, static files): scripts from our origin only. */
    static final String OTHER = BASE + "; script-src 'self'";

    /** Must end with {@code script-src ...}: PrimeFaces appends {@code 'nonce-…';} to it. */
    public String getFaces() {
        return BASE + "; script-src 'self'";
    }
}
