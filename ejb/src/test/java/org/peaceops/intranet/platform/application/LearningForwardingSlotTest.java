package org.peaceops.intranet.platform.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** Without PostgreSQL (H2 in development) there is no slot to report, and no error either. */
class LearningForwardingSlotTest {

    @Test
    void onH2ThereIsNoSlot() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE");
        h2.setUser("sa");

        assertThat(LearningForwardingSlot.of(h2).current()).isEmpty();
    }

    @Test
    void aDatabaseThatCannotBeReachedIsNoSlotEither() {
        JdbcDataSource gone = new JdbcDataSource();
        gone.setURL("jdbc:h2:file:/proc/no-such-place/db;IFEXISTS=TRUE");

        assertThat(LearningForwardingSlot.of(gone).current()).isEmpty();
    }
}
