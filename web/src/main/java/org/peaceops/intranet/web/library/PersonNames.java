package org.peaceops.intranet.web.library;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import org.peaceops.intranet.identity.application.PersonDirectory;
import org.peaceops.intranet.identity.application.UserDirectory;
import org.peaceops.intranet.shared.Caller;

/**
 * Names people by their subject id in histories, inboxes and notifications: the directory's name, the
 * demo account's, or the id itself when the person never signed in here. Looked up once per request.
 */
@Named
@RequestScoped
public class PersonNames {

    @Inject
    PersonDirectory directory;

    @Inject
    UserDirectory users;

    private final Map<String, String> known = new HashMap<>();

    public String name(String subject) {
        if (subject == null) {
            return "";
        }
        return known.computeIfAbsent(subject, s -> Caller.SYSTEM_SUBJECT.equals(s) ? s
                : directory.displayName(s).or(() -> users.demoDisplayName(s)).orElse(s));
    }
}
