package org.peaceops.intranet.platform.infrastructure;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;

/** Which database is behind the data source: native "insert unless there" statements differ. */
public final class DatabaseProduct {

    private DatabaseProduct() {
    }

    public static boolean isPostgresql(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot tell which database the intranet uses", e);
        }
    }
}
