package org.peaceops.intranet.platform.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * Which database is behind {@code jdbc/intranet}: native "insert unless there" and upsert statements differ
 * between PostgreSQL ({@code ON CONFLICT}) and H2 ({@code MERGE}). Asked once, on first use.
 */
@ApplicationScoped
public class DatabaseProduct {

    @Resource(lookup = "jdbc/intranet")
    DataSource dataSource;

    private volatile Boolean postgresql;

    public boolean isPostgresql() {
        if (postgresql == null) {
            postgresql = isPostgresql(dataSource);
        }
        return postgresql;
    }

    static boolean isPostgresql(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot tell which database the intranet uses", e);
        }
    }
}
