package org.peaceops.intranet.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/** Ends the session and returns to the sign-in page. */
@Named
@RequestScoped
public class LogoutAction {

    public void logout() throws IOException, ServletException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        // In OIDC mode the mechanism answers logout() with a redirect to Keycloak's end-session
        // endpoint, so the Keycloak session ends too and Keycloak sends the person back here.
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        if (!external.isResponseCommitted()) {
            external.redirect(external.getRequestContextPath() + "/login.xhtml?signedOut=true");
        }
        faces.responseComplete();
    }
}
