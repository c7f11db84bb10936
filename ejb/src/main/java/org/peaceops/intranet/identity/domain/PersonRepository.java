package org.peaceops.intranet.identity.domain;

import java.util.List;
import java.util.Optional;
import org.peaceops.intranet.shared.Role;

/** The local directory of people who have signed in. */
public interface PersonRepository {

    Optional<Person> find(String subject);

    void add(Person person);

    /** A page of people, optionally narrowed to names or usernames containing {@code text}. */
    List<Person> page(String text, PersonOrder order, int first, int size);

    long count(String text);

    /** The subjects of everyone whose account the directory last knew as enabled. */
    List<String> enabledSubjects();

    /**
     * People whose last sign-in gave them this role, in this mission or at headquarters: who is told of
     * work waiting in a mission's scope (e.g. approvers of a submitted draft).
     */
    List<Person> withRoleInScope(Role role, String mission);
}
