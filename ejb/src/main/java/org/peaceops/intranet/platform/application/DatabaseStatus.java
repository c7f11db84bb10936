package org.peaceops.intranet.platform.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Answers whether the database behind {@code jdbc/intranet} takes connections right now. */
@ApplicationScoped
public class DatabaseStatus {

    private static final int VALIDATION_TIMEOUT_SECONDS = 3;

    @Resource(lookup = "jdbc/intranet")
    DataSource dataSource;

    /** Empty when the database answers; otherwise why it does not. */
    public java.util.Optional<String> problem() {
        try (Connection c = dataSource.getConnection()) {
            return c.isValid(VALIDATION_TIMEOUT_SECONDS)
                    ? java.util.Optional.empty()
                    : java.util.Optional.of("connection not valid");
        } catch (SQLException | RuntimeException e) {
            return java.util.Optional.of(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    public String productName() {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            return "unavailable";
        }
    }
}
