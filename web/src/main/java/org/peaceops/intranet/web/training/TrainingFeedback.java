package org.peaceops.intranet.web.training;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.peaceops.intranet.identity.application.AccessDeniedException;
import org.peaceops.intranet.training.application.TrainingNotFoundException;
import org.peaceops.intranet.training.application.TrainingRejectedException;
import org.peaceops.intranet.web.shell.Messages;

/**
 * Runs a training action for a page and tells the person how it went, in their language: a refusal
 * by a rule, a denial or a missing item becomes a message on the page, never an error page, and what
 * they typed stays in the form.
 */
@RequestScoped
public class TrainingFeedback {

    private static final Logger LOG = Logger.getLogger(TrainingFeedback.class.getName());

    @Inject
    Messages messages;

    /** @return true when the action succeeded (and the success message, if any, was shown) */
    public boolean run(Runnable action, String successKey, Object... args) {
        try {
            action.run();
            if (successKey != null) {
                show(FacesMessage.SEVERITY_INFO, successKey, args);
            }
            return true;
        } catch (TrainingRejectedException e) {
            show(FacesMessage.SEVERITY_ERROR, e.key());
        } catch (AccessDeniedException e) {
            show(FacesMessage.SEVERITY_ERROR, "training.error.denied");
        } catch (TrainingNotFoundException e) {
            show(FacesMessage.SEVERITY_ERROR, "training.error.notFound");
        } catch (EJBException | SecurityException e) {
            LOG.log(Level.WARNING, "Training action failed", e);
            show(FacesMessage.SEVERITY_ERROR, "training.error.unexpected");
        }
        return false;
    }

    public void error(String key) {
        show(FacesMessage.SEVERITY_ERROR, key);
    }

    /** An empty detail: a null detail would repeat the summary on the page. */
    private void show(FacesMessage.Severity severity, String key, Object... args) {
        String text = messages.get(key, args);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, ""));
    }
}
