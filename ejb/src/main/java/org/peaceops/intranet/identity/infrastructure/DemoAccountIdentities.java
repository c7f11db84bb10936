package org.peaceops.intranet.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.peaceops.intranet.identity.application.DemoIdentities;
import org.peaceops.intranet.shared.Caller;

/** {@link DemoIdentities} answered from {@link DemoAccounts}, whose subject ids are {@code demo:<username>}. */
@ApplicationScoped
public class DemoAccountIdentities implements DemoIdentities {

    private static final String SUBJECT_PREFIX = "demo:";

    @Override
    public List<Caller> all() {
        return DemoAccounts.all();
    }

    @Override
    public Optional<Caller> find(String username) {
        return DemoAccounts.find(username);
    }

    @Override
    public Optional<Caller> authenticate(String username, String password) {
        return DemoAccounts.authenticate(username, password);
    }

    @Override
    public String password() {
        return DemoAccounts.PASSWORD;
    }

    @Override
    public Optional<String> displayNameOf(String subject) {
        return subject != null && subject.startsWith(SUBJECT_PREFIX)
                ? DemoAccounts.find(subject.substring(SUBJECT_PREFIX.length())).map(Caller::displayName)
                : Optional.empty();
    }

    @Override
    public Optional<String> personnelNumberOf(String subject) {
        return subject != null && subject.startsWith(SUBJECT_PREFIX)
                ? DemoAccounts.personnelNumberOf(subject.substring(SUBJECT_PREFIX.length()))
                : Optional.empty();
    }
}
