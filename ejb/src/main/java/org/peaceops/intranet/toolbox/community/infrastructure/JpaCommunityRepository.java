package org.peaceops.intranet.toolbox.community.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.peaceops.intranet.toolbox.community.domain.Community;
import org.peaceops.intranet.toolbox.community.domain.CommunityRepository;

@ApplicationScoped
public class JpaCommunityRepository implements CommunityRepository {

    @PersistenceContext(unitName = "toolbox")
    EntityManager em;

    @Override
    public Optional<Community> find(long id) {
        return Optional.ofNullable(em.find(Community.class, id));
    }

    @Override
    public List<Community> page(int first, int max) {
        return em.createQuery("select c from Community c order by lower(c.name), c.id", Community.class)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public long count() {
        return em.createQuery("select count(c) from Community c", Long.class).getSingleResult();
    }

    @Override
    public Community store(Community community) {
        if (community.getId() == null) {
            em.persist(community);
            return community;
        }
        return em.merge(community);
    }
}
