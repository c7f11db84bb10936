package org.peaceops.intranet.web.shell;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.peaceops.intranet.platform.application.MissionNode;
import org.peaceops.intranet.shared.refusal.Refusal;

/**
 * What the error page knows of the failure it shows. A page of a mission node that only headquarters
 * serves (administration, managing training: refused while the page is drawn) is not "something went
 * wrong" but "this is done at headquarters", with the refusal's own message and 503.
 */
@Named
@RequestScoped
public class ErrorCause {

    @Inject
    Messages messages;

    private String headquartersOnly;

    @PostConstruct
    void read() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces == null) {
            return;
        }
        ExternalContext external = faces.getExternalContext();
        Object failure = external.getRequestMap().get("jakarta.servlet.error.exception");
        Refusal refusal = failure instanceof Throwable t ? Refusal.in(t) : null;
        if (refusal != null && MissionNode.HEADQUARTERS_ONLY.equals(refusal.key())) {
            headquartersOnly = messages.get(refusal.key(), refusal.arguments().toArray());
            external.setResponseStatus(503);
        }
    }

    /** The refusal's message when the page is headquarters' work on a mission node; null otherwise. */
    public String getHeadquartersOnly() {
        return headquartersOnly;
    }
}
