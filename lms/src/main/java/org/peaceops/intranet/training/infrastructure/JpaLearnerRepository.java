package org.peaceops.intranet.training.infrastructure;

import org.peaceops.intranet.training.compliance.infrastructure.Standings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.peaceops.intranet.training.domain.Learner;
import org.peaceops.intranet.training.domain.LearnerRepository;

@ApplicationScoped
public class JpaLearnerRepository implements LearnerRepository {

    @PersistenceContext(unitName = "training")
    EntityManager em;

    @Override
    public Optional<Learner> find(String subject) {
        return Optional.ofNullable(em.find(Learner.class, subject));
    }

    @Override
    public List<Learner> findAll(Collection<String> subjects) {
        if (subjects.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select l from Learner l where l.subject in :s", Learner.class)
                .setParameter("s", subjects).getResultList();
    }

    @Override
    public void add(Learner learner) {
        em.persist(learner);
        // attestation lines or assignments may name the person already
        Standings.refresh(em, learner.getSubject());
    }

    @Override
    public Optional<Learner> findByPersonnelNumber(String personnelNumber) {
        return em.createQuery("select l from Learner l where l.personnelNumber = :n", Learner.class)
                .setParameter("n", personnelNumber).getResultStream().findFirst();
    }

    @Override
    public Map<String, Learner> findByIdentifiers(Collection<String> identifiers) {
        Map<String, Learner> found = new HashMap<>();
        if (identifiers.isEmpty()) {
            return found;
        }
        // By subject first, then by personnel number, which wins: it is what attestation files carry.
        findAll(identifiers).forEach(l -> found.put(l.getSubject(), l));
        em.createQuery("select l from Learner l where l.personnelNumber in :n", Learner.class)
                .setParameter("n", identifiers).getResultList()
                .forEach(l -> found.put(l.getPersonnelNumber().orElseThrow(), l));
        return found;
    }

    @Override
    public void adopt(String provisionalSubject, String subject) {
        if (provisionalSubject.equals(subject)) {
            return;
        }
        em.flush();
        for (String table : tablesReferencingLearners()) {
            em.createNativeQuery("update training." + table + " set learner_subject = ?1 where learner_subject = ?2")
                    .setParameter(1, subject).setParameter(2, provisionalSubject).executeUpdate();
        }
        boolean known = em.createNativeQuery("select count(*) from training.learner where subject = ?1")
                .setParameter(1, subject).getSingleResult() instanceof Number n && n.longValue() > 0;
        if (known) {
            // The caller records the personnel number on the remaining learner (it is unique: not before this).
            em.createNativeQuery("delete from training.learner where subject = ?1")
                    .setParameter(1, provisionalSubject).executeUpdate();
        } else {
            em.createNativeQuery("update training.learner set subject = ?1 where subject = ?2")
                    .setParameter(1, subject).setParameter(2, provisionalSubject).executeUpdate();
        }
        // The rows changed under JPA: neither this context nor the shared cache may serve the old ones.
        em.clear();
        em.getEntityManagerFactory().getCache().evictAll();
        Standings.refresh(em, subject);
    }

    @Override
    public void standingChanged(String subject) {
        Standings.refresh(em, subject);
    }

    /**
     * Every table of the training schema with a learner_subject column, read from the catalogue so
     * that a table added later is never forgotten here.
     */
    private List<String> tablesReferencingLearners() {
        List<?> names = em.createNativeQuery("select c.table_name from information_schema.columns c "
                + "join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name "
                + "where lower(c.table_schema) = 'training' and lower(c.column_name) = 'learner_subject' "
                + "and t.table_type = 'BASE TABLE'").getResultList();
        return names.stream().map(n -> n.toString().toLowerCase(Locale.ROOT))
                .filter(n -> n.matches("[a-z_][a-z0-9_]*")).distinct().sorted().toList();
    }

    @Override
    public List<Learner> inScope(String mission, String category) {
        // Built to the filters given: PostgreSQL cannot type a parameter only compared with null.
        String where = (mission == null ? "" : " and l.mission = :m") + (category == null ? "" : " and l.category = :c");
        var query = em.createQuery("select l from Learner l where 1 = 1" + where + " order by l.displayName",
                Learner.class);
        if (mission != null) {
            query.setParameter("m", mission);
        }
        if (category != null) {
            query.setParameter("c", category);
        }
        return query.getResultList();
    }

    @Override
    public List<Learner> search(String text, List<String> missions, int limit) {
        String like = "%" + (text == null ? "" : text.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")) + "%";
        String scope = missions.isEmpty() ? "" : " and l.mission in :missions";
        var query = em.createQuery("select l from Learner l where lower(l.displayName) like :t escape '\\'"
                + scope + " order by l.displayName", Learner.class).setParameter("t", like);
        if (!missions.isEmpty()) {
            query.setParameter("missions", missions);
        }
        return query.setMaxResults(limit).getResultList();
    }
}
