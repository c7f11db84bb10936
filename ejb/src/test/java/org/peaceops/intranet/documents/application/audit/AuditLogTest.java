package org.peaceops.intranet.documents.application.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peaceops.intranet.documents.domain.audit.AuditEntry;
import org.peaceops.intranet.documents.domain.audit.AuditEntryRepository;
import org.peaceops.intranet.documents.domain.audit.AuditOrder;
import org.peaceops.intranet.documents.domain.audit.AuditQuery;
import org.peaceops.intranet.identity.application.AccessControl;
import org.peaceops.intranet.identity.application.AccessDeniedException;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.shared.PersonnelCategory;
import org.peaceops.intranet.shared.Role;
import org.peaceops.intranet.shared.audit.AuditAction;

/** The administrators' audit log over an in-memory trail: access, and an export that walks every batch. */
class AuditLogTest {

    private final List<AuditEntry> lines = new ArrayList<>();
    private final AuditLog log = new AuditLog();
    private final List<Integer> batchSizes = new ArrayList<>();

    private static Caller person(Role role) {
        return new Caller(role.roleName() + "-1", role.roleName(), role.roleName(), EnumSet.of(role), "HQ",
                PersonnelCategory.CIVILIAN);
    }

    @BeforeEach
    void wire() throws Exception {
        for (long id = 1; id <= 1_234; id++) {
            AuditEntry entry = new AuditEntry(Instant.parse("2026-11-01T00:00:00Z").plusSeconds(id), "reader-" + (id % 3),
                    AuditAction.VERSION_DOWNLOADED, "guidance-version", (id % 5) + "/1", "file-" + id + ".pdf");
            setId(entry, id);
            lines.add(entry);
        }
        log.access = new AccessControl();
        log.trail = new AuditEntryRepository() {
            @Override
            public void record(AuditEntry entry) {
                setId(entry, lines.size() + 1L);
                lines.add(entry);
            }

            @Override
            public List<AuditEntry> forTarget(String targetType, String targetId, int max) {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<AuditEntry> search(AuditQuery query, AuditOrder order, int first, int max) {
                return lines.stream().skip(first).limit(max).toList();
            }

            @Override
            public long count(AuditQuery query) {
                return lines.size();
            }

            @Override
            public List<AuditEntry> after(AuditQuery query, long afterId, int max) {
                List<AuditEntry> batch = lines.stream().filter(e -> e.getId() > afterId)
                        .filter(e -> !e.getAction().equals(AuditAction.AUDIT_EXPORTED.name())).limit(max).toList();
                batchSizes.add(batch.size());
                return batch;
            }
        };
    }

    private static void setId(AuditEntry entry, long id) {
        try {
            Field field = AuditEntry.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(entry, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theExportWritesEveryLineInBatchesAndIsItselfAudited() throws Exception {
        StringWriter out = new StringWriter();

        long written = log.exportCsv(person(Role.ADMIN), AuditQuery.everything(), out);

        assertThat(written).isEqualTo(1_234);
        assertThat(batchSizes).containsExactly(500, 500, 234);
        String[] rows = out.toString().split("\r\n");
        assertThat(rows).hasSize(1 + 1_234);
        assertThat(rows[1]).startsWith("\"1\",").endsWith("\"file-1.pdf\"");
        assertThat(rows[1_234]).startsWith("\"1234\",");
        AuditEntry export = lines.get(lines.size() - 1);
        assertThat(export.getAction()).isEqualTo("AUDIT_EXPORTED");
        assertThat(export.getActorSubject()).isEqualTo("admin-1");
    }

    @Test
    void pagesAreBoundedAndOnlyForAdministrators() {
        assertThat(log.page(person(Role.ADMIN), AuditQuery.everything(), AuditOrder.NEWEST_FIRST, 0, 10_000))
                .hasSize(AuditLog.MAX_PAGE);
        assertThat(log.count(person(Role.ADMIN), AuditQuery.everything())).isEqualTo(1_234);
        for (Role role : EnumSet.complementOf(EnumSet.of(Role.ADMIN))) {
            assertThatThrownBy(() -> log.page(person(role), AuditQuery.everything(), AuditOrder.NEWEST_FIRST, 0, 10))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> log.exportCsv(person(role), AuditQuery.everything(), new StringWriter()))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(lines).hasSize(1_234);
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsRefused() {
        assertThatThrownBy(() -> new AuditQuery(null, null, null, java.time.LocalDate.of(2026, 12, 2),
                java.time.LocalDate.of(2026, 12, 1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aLineKnowsItsDocument() {
        assertThat(new AuditLine(1, Instant.EPOCH, "a", "X", "guidance-version", "42/3", null).getDocumentId()).isEqualTo(42L);
        assertThat(new AuditLine(1, Instant.EPOCH, "a", "X", "GUIDANCE_DOCUMENT", "42", null).getDocumentId()).isEqualTo(42L);
        assertThat(new AuditLine(1, Instant.EPOCH, "a", "X", "audit-trail", "export", null).getDocumentId()).isNull();
    }
}
