package org.peaceops.intranet.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.peaceops.intranet.identity.application.AuthenticationSettings;
import org.peaceops.intranet.identity.application.UserDirectory;
import org.peaceops.intranet.identity.application.SignIns;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.web.shell.Messages;

/** The sign-in form of demo mode. Keycloak's own login page replaces it in OIDC mode. */
@Named
@RequestScoped
public class LoginPage {

    @Inject
    SecurityContext security;

    @Inject
    AuthenticationSettings settings;

    @Inject
    UserDirectory users;

    @Inject
    MetricRegistry metrics;

    @Inject
    Messages messages;

    @Inject
    SignIns signIns;

    @NotBlank
    private String username;

    @NotBlank
    private String password;

    public void login() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        // The connection's own address: a forwarded-for header is whatever the client says.
        String address = request.getRemoteAddr();
        Optional<Duration> pause = signIns.pause(username, address);
        if (pause.isPresent()) {
            count("throttled");
            long minutes = Math.max(1, (pause.get().toSeconds() + 59) / 60);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    messages.get("login.throttled"), messages.get("login.throttled.detail", minutes)));
            return;
        }
        AuthenticationStatus status = security.authenticate(
                request,
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(username, password)));
        // The sign-in is recorded by SignInRecordingFilter on the first request that knows the caller.
        switch (status) {
            case SEND_CONTINUE -> {
                count("success");
                signIns.demoSucceeded(username);
                faces.responseComplete();
            }
            case SUCCESS -> {
                count("success");
                signIns.demoSucceeded(username);
                redirectHome(faces);
            }
            default -> {
                count("failure");
                signIns.demoFailed(username, address);
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                        messages.get("login.failed"), messages.get("login.failed.detail")));
            }
        }
    }

    private void count(String outcome) {
        metrics.counter("intranet_logins_total", new Tag("outcome", outcome)).inc();
    }

    private static void redirectHome(FacesContext faces) {
        try {
            ExternalContext external = faces.getExternalContext();
            external.redirect(external.getRequestContextPath() + "/");
            faces.responseComplete();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** In OIDC mode Keycloak's own page signs people in; this page only says how to get there. */
    public boolean isDemo() {
        return settings.isDemo();
    }

    /** Listed on the login page only in demo mode. */
    public List<Caller> getDemoAccounts() {
        return users.demoAccounts();
    }

    public String getDemoPassword() {
        return users.demoPassword();
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
