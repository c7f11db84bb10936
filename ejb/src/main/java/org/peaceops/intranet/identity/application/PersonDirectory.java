package org.peaceops.intranet.identity.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import org.peaceops.intranet.identity.domain.Person;
import org.peaceops.intranet.identity.domain.PersonOrder;
import org.peaceops.intranet.identity.domain.PersonRepository;
import org.peaceops.intranet.shared.Caller;

/** Records who signs in, and lists them for administrators. */
@Stateless
public class PersonDirectory {

    @Inject
    PersonRepository people;

    private final Clock clock = Clock.systemUTC();

    /** Called once per sign-in; its own transaction so a directory hiccup never blocks the sign-in's page. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordSignIn(Caller profile, String email) {
        people.find(profile.subject()).ifPresentOrElse(
                person -> person.signedIn(profile, email, clock.instant()),
                () -> people.add(Person.firstSignIn(profile, email, clock.instant())));
    }

    public List<PersonSummary> page(String text, PersonOrder order, int first, int size) {
        return people.page(text, order, first, Math.min(size, 200)).stream().map(PersonSummary::new).toList();
    }

    /** The name the directory knows for a subject id (history lines, inboxes), or empty if never signed in. */
    public java.util.Optional<String> displayName(String subject) {
        return subject == null ? java.util.Optional.empty() : people.find(subject).map(Person::getDisplayName);
    }

    public long count(String text) {
        return people.count(text);
    }
}
