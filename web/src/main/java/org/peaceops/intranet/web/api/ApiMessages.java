package org.peaceops.intranet.web.api;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.peaceops.intranet.web.shell.Messages;

/** The EN/FR texts of API answers, from the pages' bundle, in the language the caller's Accept-Language prefers. */
final class ApiMessages {

    private ApiMessages() {
    }

    /** French when the caller prefers it to English; English otherwise. */
    static Locale locale(Iterable<Locale> acceptable) {
        for (Locale l : acceptable) {
            if ("fr".equals(l.getLanguage())) {
                return Locale.FRENCH;
            }
            if ("en".equals(l.getLanguage())) {
                return Locale.ENGLISH;
            }
        }
        return Locale.ENGLISH;
    }

    /** The bundle's text for the key, else the failure's own English sentence. */
    static String text(Locale locale, String key, List<Object> arguments, String fallback) {
        try {
            String pattern = ResourceBundle.getBundle(Messages.BUNDLE, locale).getString(key);
            return arguments.isEmpty() ? pattern : new MessageFormat(pattern, locale).format(arguments.toArray());
        } catch (MissingResourceException | IllegalArgumentException e) {
            return fallback;
        }
    }
}
