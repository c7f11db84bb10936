package org.peaceops.intranet.documents.infrastructure.replica;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.peaceops.intranet.documents.application.replica.WantedContent;

/**
 * The files replicated rows refer to, read from the node's own copy of the tables: versions' files
 * (drafts and submitted versions excepted: only their authors and reviewers at headquarters read them) and
 * SCORM packages' files; and the contents whose text headquarters extracted, which the node extracts again
 * from the verified file rather than fetching the text over the link (same bytes, same Tika, same text).
 */
@ApplicationScoped
public class JdbcWantedContent {

    private static final String VERSIONS = "select v.content_sha256, v.content_size, v.status, v.created_at, "
            + "(select max(t.occurred_at) from documents.lifecycle_transition t where t.version_id = v.id and t.to_status = 'PROMULGATED') "
            + "from documents.document_version v where v.content_sha256 is not null and v.status not in ('DRAFT', 'SUBMITTED')";
    private static final String PACKAGES = "select f.blob_sha256, f.size_bytes, p.imported_at from training.scorm_package_file f "
            + "join training.scorm_package p on p.id = f.package_id";
    private static final String TEXTS = "select content_sha256, detected_type from documents.content_extraction "
            + "where status = 'EXTRACTED' and text_chars > 0";

    @Resource(lookup = "jdbc/intranet")
    DataSource dataSource;

    public List<WantedContent> wanted() {
        List<WantedContent> wanted = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement select = c.prepareStatement(VERSIONS); ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    Optional<Instant> promulgated = Optional.ofNullable(rows.getTimestamp(5)).map(Timestamp::toInstant);
                    WantedContent.Kind kind = "PROMULGATED".equals(rows.getString(3))
                            ? WantedContent.Kind.GUIDANCE_IN_FORCE : WantedContent.Kind.GUIDANCE_HISTORY;
                    wanted.add(new WantedContent(rows.getString(1), rows.getLong(2), kind, promulgated, rows.getTimestamp(4).toInstant()));
                }
            }
            try (PreparedStatement select = c.prepareStatement(PACKAGES); ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    wanted.add(new WantedContent(rows.getString(1), rows.getLong(2), WantedContent.Kind.TRAINING_PACKAGE,
                            Optional.empty(), rows.getTimestamp(3).toInstant()));
                }
            } catch (SQLException e) {
                // The training schema is the lms module's, migrated by it: missing only during its first start.
                java.util.logging.Logger.getLogger(JdbcWantedContent.class.getName()).fine(() -> "No SCORM files yet: " + e);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot list the files this node should hold", e);
        }
        return WantedContent.inFetchOrder(wanted);
    }

    /** The documents with a version whose file is one of these contents. */
    public java.util.Set<Long> documentsWith(java.util.Collection<String> contentSha256s) {
        java.util.Set<Long> ids = new java.util.TreeSet<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(
                "select distinct document_id from documents.document_version where content_sha256 = ?")) {
            for (String sha : contentSha256s) {
                select.setString(1, sha);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        ids.add(rows.getLong(1));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot find the documents of the texts received", e);
        }
        return ids;
    }

    /** Content SHA-256 to the type headquarters detected, for every content whose text was extracted there. */
    public Map<String, String> extractedTexts() {
        Map<String, String> texts = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(TEXTS);
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                texts.put(rows.getString(1), rows.getString(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot list the extracted texts", e);
        }
        return texts;
    }
}
