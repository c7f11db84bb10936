package org.peaceops.intranet.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peaceops.intranet.documents.domain.audit.AuditOrder;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** The table's column sorting, as the orders the audit trail offers. */
class AuditTableTest {

    private static Map<String, SortMeta> by(String field, SortOrder order) {
        return Map.of(field, SortMeta.builder().field(field).order(order).build());
    }

    @Test
    void theTimeColumnSortsBothWaysAndTheOthersByTheirValue() {
        assertThat(AuditTable.order(by("occurredAt", SortOrder.ASCENDING))).isEqualTo(AuditOrder.OLDEST_FIRST);
        assertThat(AuditTable.order(by("occurredAt", SortOrder.DESCENDING))).isEqualTo(AuditOrder.NEWEST_FIRST);
        assertThat(AuditTable.order(by("actor", SortOrder.ASCENDING))).isEqualTo(AuditOrder.ACTOR);
        assertThat(AuditTable.order(by("action", SortOrder.ASCENDING))).isEqualTo(AuditOrder.ACTION);
    }

    @Test
    void withoutSortingOrAnUnknownColumnTheNewestLinesComeFirst() {
        assertThat(AuditTable.order(Map.of())).isEqualTo(AuditOrder.NEWEST_FIRST);
        assertThat(AuditTable.order(null)).isEqualTo(AuditOrder.NEWEST_FIRST);
        assertThat(AuditTable.order(by("detail", SortOrder.ASCENDING))).isEqualTo(AuditOrder.NEWEST_FIRST);
    }
}
