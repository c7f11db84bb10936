package org.peaceops.intranet.testing;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.h2.jdbcx.JdbcDataSource;
import org.peaceops.intranet.platform.infrastructure.SchemaMigrator;

/**
 * A context's persistence unit on a throwaway H2 file database (PostgreSQL mode), migrated first by that
 * context's own Flyway scripts, with local transactions: what every persistence test needs, in one place.
 */
public final class H2PersistenceUnit implements AutoCloseable {

    static {
        Logger.getLogger("org.flywaydb").setLevel(Level.WARNING);
    }

    private final EntityManagerFactory factory;

    private H2PersistenceUnit(EntityManagerFactory factory) {
        this.factory = factory;
    }

    /**
     * @param context the Flyway context whose migrations make the schema ({@code training}, {@code toolbox})
     * @param unit the persistence unit of {@code persistence.xml}
     * @param logLevel EclipseLink's level: a test that provokes lost updates quiets their expected warnings
     */
    public static H2PersistenceUnit migrated(Path dir, String context, String unit, String logLevel) {
        String url = "jdbc:h2:file:" + dir.resolve("intranet").toAbsolutePath()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL(url);
        ds.setUser("sa");
        ds.setPassword("");
        SchemaMigrator.migrate(ds, context, H2PersistenceUnit.class.getClassLoader());
        Map<String, Object> props = new HashMap<>();
        props.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        props.put("jakarta.persistence.jtaDataSource", "");
        props.put("jakarta.persistence.jdbc.url", url);
        props.put("jakarta.persistence.jdbc.user", "sa");
        props.put("jakarta.persistence.jdbc.password", "");
        props.put("jakarta.persistence.jdbc.driver", "org.h2.Driver");
        props.put("eclipselink.target-server", "None");
        props.put("eclipselink.logging.level", logLevel);
        return new H2PersistenceUnit(Persistence.createEntityManagerFactory(unit, props));
    }

    public EntityManagerFactory factory() {
        return factory;
    }

    /** Runs the work in one committed transaction; rolled back if it throws. */
    public <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    @Override
    public void close() {
        factory.close();
    }
}
