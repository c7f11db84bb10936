package org.peaceops.intranet.web.library;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.util.Optional;
import org.peaceops.intranet.documents.application.GuidanceNotFoundException;
import org.peaceops.intranet.documents.application.GuidanceRejectedException;
import org.peaceops.intranet.identity.application.AccessDeniedException;
import org.peaceops.intranet.web.shell.Messages;

/**
 * Says in the reader's language why a workflow or editing request was refused: a broken rule by its
 * bundle key (four eyes, required reason, ...), a denied permission, a document gone, or someone else
 * having changed it meanwhile. Unexpected failures are not handled here: they reach the error page.
 */
@RequestScoped
public class Refusals {

    @Inject
    Messages messages;

    /** The bundle key explaining {@code failure}, or empty when it is not a refusal. */
    public static Optional<String> keyOf(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof GuidanceRejectedException rejected) {
                return Optional.of(rejected.getKey());
            }
            if (t instanceof SecurityException || t instanceof AccessDeniedException) {
                return Optional.of("workflow.denied");
            }
            if (t instanceof GuidanceNotFoundException) {
                return Optional.of("document.missing.text");
            }
            if (t instanceof org.peaceops.intranet.documents.infrastructure.blobs.BlobTooLargeException) {
                return Optional.of("draft.file.tooLarge");
            }
            if (t instanceof OptimisticLockException) {
                return Optional.of("workflow.conflict");
            }
        }
        return Optional.empty();
    }

    /** Shows why, attached to a field ({@code clientId}) or to the page ({@code null}); rethrows what is not a refusal. */
    public void show(RuntimeException failure, String clientId) {
        String key = keyOf(failure).orElseThrow(() -> failure);
        String text = messages.get(key);
        if (text.startsWith("???")) {
            // A rule without its own bundle entry yet: the domain's English sentence beats a bare key.
            text = failure.getMessage();
        }
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    /** A confirmation shown on the page as it is updated in place (no redirect follows). */
    public void note(String key, Object... args) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, messages.get(key, args), null));
    }

    /** A confirmation shown after the redirect that follows a successful step. */
    public void done(String key, Object... args) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().getFlash().setKeepMessages(true);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, messages.get(key, args), null));
    }
}
