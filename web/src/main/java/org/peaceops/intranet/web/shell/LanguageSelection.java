package org.peaceops.intranet.web.shell;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * The language a person reads the intranet in (EN or FR), for the whole session. Starts from the
 * browser's preference; switching reloads the same page in the other language.
 */
@Named("language")
@SessionScoped
public class LanguageSelection implements Serializable {

    private static final long serialVersionUID = 1L;
    static final List<String> SUPPORTED = List.of("en", "fr");

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            Locale requested = FacesContext.getCurrentInstance().getExternalContext().getRequestLocale();
            locale = Locale.forLanguageTag(supportedOrDefault(requested == null ? null : requested.getLanguage()));
        }
        return locale;
    }

    public String getCode() {
        return getLocale().getLanguage();
    }

    /** Switches the language and reloads the current page (GET, so the address stays shareable). */
    public void switchTo(String code) {
        locale = Locale.forLanguageTag(supportedOrDefault(code));
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getViewRoot().setLocale(locale);
        var external = faces.getExternalContext();
        var request = (jakarta.servlet.http.HttpServletRequest) external.getRequest();
        String query = request.getQueryString();
        try {
            external.redirect(request.getRequestURI() + (query == null ? "" : "?" + query));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String supportedOrDefault(String code) {
        return code != null && SUPPORTED.contains(code) ? code : "en";
    }
}
