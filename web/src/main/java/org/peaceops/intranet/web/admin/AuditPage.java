package org.peaceops.intranet.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.peaceops.intranet.documents.application.audit.AuditLog;
import org.peaceops.intranet.documents.domain.audit.AuditQuery;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.shared.audit.AuditAction;
import org.peaceops.intranet.web.security.CurrentUser;
import org.peaceops.intranet.web.shell.Messages;

/** Administration: the audit trail, filtered by actor, action, document and period, and its CSV export. */
@Named
@ViewScoped
public class AuditPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditLog log;

    @Inject
    CurrentUser user;

    @Inject
    Messages messages;

    private AuditTable lines;
    private String actor;
    private AuditAction action;
    private Long documentId;
    private LocalDate from;
    private LocalDate to;

    @PostConstruct
    void init() {
        lines = new AuditTable(log, () -> user.caller().orElseThrow());
    }

    /** Applies the filters; a period that ends before it starts is refused with a message (the detail is left
     * empty on purpose: a message without detail repeats its summary as the detail). */
    public void apply() {
        if (from != null && to != null && to.isBefore(from)) {
            FacesContext.getCurrentInstance().validationFailed();
            FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.get("admin.audit.badPeriod"), ""));
            return;
        }
        lines.filter(new AuditQuery(actor, action, documentId, from, to));
    }

    public void clear() {
        actor = null;
        action = null;
        documentId = null;
        from = null;
        to = null;
        lines.filter(AuditQuery.everything());
    }

    /** The applied filters, for the export link (the export shows what the table shows). */
    public AuditQuery getApplied() {
        return lines.query();
    }

    public AuditAction[] getActions() {
        return AuditAction.values();
    }

    public AuditTable getLines() {
        return lines;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor == null ? null : actor.strip();
    }

    public AuditAction getAction() {
        return action;
    }

    public void setAction(AuditAction action) {
        this.action = action;
    }

    public Long getDocumentId() {
        return documentId;
    }

    public void setDocumentId(Long documentId) {
        this.documentId = documentId;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
