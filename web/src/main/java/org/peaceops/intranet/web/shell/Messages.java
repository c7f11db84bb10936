package org.peaceops.intranet.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The EN/FR message bundle for Java code (pages use {@code #{msg[...]}} directly). */
@Named
@RequestScoped
public class Messages {

    public static final String BUNDLE = "org.peaceops.intranet.web.i18n.messages";

    public String get(String key, Object... args) {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
        } catch (MissingResourceException e) {
            return "???" + key + "???";
        }
    }
}
