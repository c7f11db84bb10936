package org.peaceops.intranet.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.peaceops.intranet.identity.domain.Person;
import org.peaceops.intranet.identity.domain.PersonOrder;
import org.peaceops.intranet.identity.domain.PersonRepository;

@ApplicationScoped
public class JpaPersonRepository implements PersonRepository {

    // Two query shapes rather than ":text is null": PostgreSQL cannot type an unbound null parameter.
    private static final String MATCHING = " where lower(p.displayName) like :text or lower(p.username) like :text";

    @PersistenceContext(unitName = "documents")
    EntityManager em;

    @Override
    public Optional<Person> find(String subject) {
        return Optional.ofNullable(em.find(Person.class, subject));
    }

    @Override
    public void add(Person person) {
        em.persist(person);
    }

    @Override
    public List<Person> page(String text, PersonOrder order, int first, int size) {
        String where = pattern(text).isPresent() ? MATCHING : "";
        TypedQuery<Person> query = em.createQuery("select p from Person p" + where + " order by " + order.jpql(),
                Person.class);
        pattern(text).ifPresent(p -> query.setParameter("text", p));
        return query.setFirstResult(first).setMaxResults(size).getResultList();
    }

    @Override
    public long count(String text) {
        String where = pattern(text).isPresent() ? MATCHING : "";
        TypedQuery<Long> query = em.createQuery("select count(p) from Person p" + where, Long.class);
        pattern(text).ifPresent(p -> query.setParameter("text", p));
        return query.getSingleResult();
    }

    /** A LIKE pattern for the text, its own wildcards removed so a search means what it says. */
    private static Optional<String> pattern(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return Optional.of("%" + text.strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%");
    }

    @Override
    public List<String> enabledSubjects() {
        return em.createQuery("select p.subject from Person p where p.accountEnabled = true", String.class).getResultList();
    }

    @Override
    public List<Person> withRoleInScope(org.peaceops.intranet.shared.Role role, String mission) {
        // Roles are stored as a sorted comma list; match whole names so "approver" never matches a longer one.
        String name = role.roleName();
        return em.createQuery("select p from Person p where p.accountEnabled = true and (p.mission = :mission or p.mission = :hq) and "
                        + "(p.roles = :only or p.roles like :first or p.roles like :middle or p.roles like :last) "
                        + "order by p.subject", Person.class)
                .setParameter("mission", mission)
                .setParameter("hq", org.peaceops.intranet.shared.Caller.HEADQUARTERS)
                .setParameter("only", name)
                .setParameter("first", name + ",%")
                .setParameter("middle", "%," + name + ",%")
                .setParameter("last", "%," + name)
                .setMaxResults(500)
                .getResultList();
    }
}
