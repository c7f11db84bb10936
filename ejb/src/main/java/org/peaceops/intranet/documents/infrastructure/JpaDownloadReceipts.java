package org.peaceops.intranet.documents.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import org.peaceops.intranet.documents.domain.reading.DownloadReceipts;
import org.peaceops.intranet.platform.infrastructure.DatabaseProduct;

/**
 * The receipts in {@code documents.download_receipt} (V20), through native SQL: "insert unless there" has
 * no JPQL form. PostgreSQL gets {@code INSERT ... ON CONFLICT DO NOTHING}, which two parallel range
 * requests of one person cannot both pass; H2 (the demo run) gets a {@code MERGE} that only inserts,
 * under its table lock. Either way the update count says whether this request was the first.
 */
@ApplicationScoped
public class JpaDownloadReceipts implements DownloadReceipts {

    /** Parameters: subject, document id, version number, content hash, time. */
    private static final String POSTGRESQL_INSERT = "insert into documents.download_receipt "
            + "(subject, document_id, version_number, content_sha256, first_at) values (?1, ?2, ?3, ?4, ?5) "
            + "on conflict (subject, document_id, version_number, content_sha256) do nothing";

    private static final String STANDARD_MERGE = "merge into documents.download_receipt t using (values "
            + "(cast(?1 as varchar(255)), cast(?2 as bigint), cast(?3 as integer), cast(?4 as char(64)), "
            + "cast(?5 as timestamp))) s (subject, document_id, version_number, content_sha256, first_at) "
            + "on t.subject = s.subject and t.document_id = s.document_id and t.version_number = s.version_number "
            + "and t.content_sha256 = s.content_sha256 "
            + "when not matched then insert (subject, document_id, version_number, content_sha256, first_at) "
            + "values (s.subject, s.document_id, s.version_number, s.content_sha256, s.first_at)";

    @PersistenceContext(unitName = "documents")
    EntityManager em;

    @Inject
    DatabaseProduct database;

    @Override
    public boolean firstDownload(String subject, long documentId, int versionNumber, String contentSha256, Instant at) {
        return em.createNativeQuery(insert(database.isPostgresql()))
                .setParameter(1, subject)
                .setParameter(2, documentId)
                .setParameter(3, versionNumber)
                .setParameter(4, contentSha256)
                .setParameter(5, Timestamp.from(at))
                .executeUpdate() == 1;
    }

    static String insert(boolean postgresql) {
        return postgresql ? POSTGRESQL_INSERT : STANDARD_MERGE;
    }
}
