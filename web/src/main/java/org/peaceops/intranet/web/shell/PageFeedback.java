package org.peaceops.intranet.web.shell;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.peaceops.intranet.identity.application.IncompleteAccountChange;
import org.peaceops.intranet.shared.refusal.Refusal;

/**
 * The pages' one error translator. A bean hands its action to {@link #run}; a refusal of any context
 * becomes a message in the reader's language (EN/FR) on the field it concerns or on the page, the view
 * and what was typed stay. A system failure of a service is logged once with a reference shown to the
 * person; a bug in the page itself is not caught here and reaches the error page.
 */
@RequestScoped
public class PageFeedback {

    private static final Logger LOG = Logger.getLogger(PageFeedback.class.getName());

    /** No field: the message goes to the page. */
    public static final Function<Refusal, String> ON_PAGE = refusal -> null;

    @Inject
    Messages messages;

    private final Set<String> shown = new HashSet<>();

    /** Runs {@code action}; shows {@code successKey} (if any) in place when it succeeds. @return whether it succeeded */
    public boolean run(Runnable action, String successKey, Object... args) {
        boolean done = runOn(ON_PAGE, action);
        if (done && successKey != null) {
            note(successKey, args);
        }
        return done;
    }

    /**
     * Runs {@code action}; a refusal is shown on the component {@code clientIdOf} names for it (its
     * {@link Refusal#field()} in the page's form), or on the page when that gives {@code null}.
     */
    public boolean runOn(Function<Refusal, String> clientIdOf, Runnable action) {
        try {
            action.run();
            return true;
        } catch (RuntimeException failure) {
            Refusal refusal = Refusal.in(failure);
            if (refusal != null) {
                show(refusal, clientIdOf.apply(refusal));
            } else {
                showOther(failure);
            }
            return false;
        }
    }

    /** Runs {@code action}; a refusal is shown on the page and returned, so the page can offer what fits (a retry). */
    public Optional<Refusal> attempt(Runnable action) {
        Refusal[] refused = new Refusal[1];
        runOn(refusal -> {
            refused[0] = refusal;
            return null;
        }, action);
        return Optional.ofNullable(refused[0]);
    }

    /** The value of {@code query}, or {@code otherwise} when it is refused (the refusal shown on the page). */
    public <T> T valueOr(Supplier<T> query, T otherwise) {
        List<T> value = new ArrayList<>(1);
        return runOn(ON_PAGE, () -> value.add(query.get())) ? value.get(0) : otherwise;
    }

    /**
     * Runs {@code action} and says why it was refused, in the reader's language, without showing it (the
     * page lists it with the item concerned); empty when it succeeded.
     */
    public Optional<String> refusal(Runnable action) {
        try {
            action.run();
            return Optional.empty();
        } catch (RuntimeException failure) {
            Refusal refusal = Refusal.in(failure);
            return Optional.of(refusal != null ? textOf(refusal) : textOfOther(failure));
        }
    }

    /**
     * Runs {@code action} for what a page shows on opening: a refusal only means there is nothing to
     * show (the page says "not found"); a service's failure too, logged once with a reference.
     */
    public boolean runQuietly(Runnable action) {
        try {
            action.run();
            return true;
        } catch (RuntimeException failure) {
            if (keyOf(failure).isEmpty()) {
                if (!(failure instanceof EJBException)) {
                    throw failure;
                }
                logged(failure);
            }
            return false;
        }
    }

    /**
     * The bundle key explaining {@code failure} however the container wrapped it, or empty when it is
     * not a refusal: a refusal's own key, a concurrent change, or the container's own role check.
     */
    public static Optional<String> keyOf(Throwable failure) {
        Refusal refusal = Refusal.in(failure);
        if (refusal != null) {
            return Optional.of(refusal.key());
        }
        for (Throwable t = failure; t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof OptimisticLockException) {
                return Optional.of("workflow.conflict");
            }
            if (t instanceof EJBAccessException || t instanceof SecurityException) {
                return Optional.of("refusal.denied");
            }
        }
        return Optional.empty();
    }

    /** What {@code refusal} says in the reader's language. */
    private String textOf(Refusal refusal) {
        String text = messages.get(refusal.key(), refusal.arguments().toArray());
        // A rule without its own bundle entry yet: the domain's English sentence beats a bare key.
        return text.startsWith("???") ? refusal.getMessage() : text;
    }

    private static String logged(RuntimeException failure) {
        String id = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.WARNING, "Action failed, reference " + id, failure);
        return id;
    }

    private void show(Refusal refusal, String clientId) {
        String text = textOf(refusal);
        // The identity provider's own words help an administrator act on a directory refusal.
        boolean incomplete = refusal instanceof IncompleteAccountChange;
        String detail = refusal.key().startsWith("admin.directory.")
                ? (incomplete && refusal.getCause() != null ? refusal.getCause().getMessage() : refusal.getMessage())
                : "";
        add(clientId, incomplete ? FacesMessage.SEVERITY_WARN : FacesMessage.SEVERITY_ERROR, text, detail);
    }

    private void showOther(RuntimeException failure) {
        add(null, FacesMessage.SEVERITY_ERROR, textOfOther(failure), "");
    }

    /**
     * What a failure that is not a refusal says: the text of its key (a concurrent change, the container's
     * role check), or for a service's system failure a reference, logged once. Anything else is a bug and
     * is thrown on.
     */
    private String textOfOther(RuntimeException failure) {
        Optional<String> key = keyOf(failure);
        if (key.isPresent()) {
            return messages.get(key.get());
        }
        if (failure instanceof EJBException) {
            return messages.get("refusal.unexpected", logged(failure));
        }
        throw failure;
    }

    /** A confirmation shown on the page as it is updated in place (no redirect follows). */
    public void note(String key, Object... args) {
        add(null, FacesMessage.SEVERITY_INFO, messages.get(key, args), "");
    }

    /** A confirmation shown after the redirect that follows a successful step. */
    public void done(String key, Object... args) {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        note(key, args);
    }

    /** A mistake the page itself found (nothing chosen, a date missing) before any service was asked. */
    public void error(String key, Object... args) {
        add(null, FacesMessage.SEVERITY_ERROR, messages.get(key, args), "");
    }

    /**
     * An empty detail: a null detail would repeat the summary on the page. The same message once per
     * request, however many parts of the page failed with it (several lists read from one directory).
     */
    private void add(String clientId, FacesMessage.Severity severity, String summary, String detail) {
        if (shown.add(clientId + "\n" + summary)) {
            FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, summary, detail));
        }
    }
}
