package org.peaceops.intranet.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import org.peaceops.intranet.identity.application.IncompleteAccountChange;
import org.peaceops.intranet.identity.application.directory.DirectoryException;
import org.peaceops.intranet.web.shell.Messages;

/**
 * Turns what Keycloak answered into a message an administrator can act on: what went wrong and what to
 * do (EN/FR), with Keycloak's own words as detail.
 */
@RequestScoped
public class DirectoryFeedback {

    @Inject
    Messages messages;

    public void done(String key, Object... args) {
        add(FacesMessage.SEVERITY_INFO, messages.get(key, args), null);
    }

    public void failed(DirectoryException e) {
        add(FacesMessage.SEVERITY_ERROR, messages.get("admin.directory.error." + e.reason().name()), e.getMessage());
    }

    public void incomplete(IncompleteAccountChange e) {
        add(FacesMessage.SEVERITY_WARN, messages.get("admin.directory.incomplete", e.failedStep()),
                e.getCause() == null ? e.getMessage() : e.getCause().getMessage());
    }

    private static void add(FacesMessage.Severity severity, String summary, String detail) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, summary, detail));
    }
}
